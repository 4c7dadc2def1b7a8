// TlsSettings: the certificate and private key parley-server serves HTTPS and WSS with
// ([tls] certificate, key or --tls-certificate, --tls-key), loaded into the configuration
// every accepted connection uses. A missing or unreadable file is an error naming it.
#pragma once

#include "protocol/result.h"

#include <QSslConfiguration>
#include <QString>

namespace parley::server {

struct TlsSettings
{
    QString certificateFile; // PEM: the server's certificate, then any intermediates
    QString keyFile; // PEM: its private key (RSA or EC), not protected by a passphrase

    bool enabled() const { return !certificateFile.isEmpty() || !keyFile.isEmpty(); }
    // Both files or neither.
    protocol::Result<void> check() const;
    // Reads both files: a configuration for server sockets (TLS 1.2 or later).
    protocol::Result<QSslConfiguration> load() const;
};

} // namespace parley::server
