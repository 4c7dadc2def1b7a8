// File names from outside (upload metadata, dropped files) made safe to store and show:
// no folders, no control or direction-changing characters, bounded length.
#pragma once

#include "result.h"

#include <QString>

namespace parley::protocol {

inline constexpr qsizetype MaxFileNameChars = 255;

// The last path component with control and format characters removed and surrounding
// spaces and dots trimmed, cut to MaxFileNameChars keeping the extension; invalid_file_name
// when nothing usable is left.
Result<QString> sanitizeFileName(const QString &name);

} // namespace parley::protocol
