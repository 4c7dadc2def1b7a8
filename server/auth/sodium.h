// Once-per-process libsodium initialisation, checked.
#pragma once

namespace parley::server {

// True when libsodium is ready; safe to call from anywhere, any number of times.
bool ensureSodium();

} // namespace parley::server
