// SPDX-License-Identifier: GPL-3.0-or-later
// The cryptography sync needs, through OpenSSL's EVP interface: Ed25519 signatures, SHA-256,
// HMAC, a slow key derivation for pairing codes, random bytes and a self-signed certificate.
#pragma once

#include "form/result.h"

#include <QByteArray>

#include <string>

namespace enumera::sync {

QByteArray randomBytes(int count);
QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// PBKDF2-HMAC-SHA256, 32 bytes.
QByteArray deriveKey(const QByteArray &secret, const QByteArray &salt, int iterations);
// Compares without leaking where two secrets differ.
bool sameSecret(const QByteArray &a, const QByteArray &b);

// Ed25519: raw 32-byte keys, 64-byte signatures.
struct KeyPair
{
    QByteArray privateKey;
    QByteArray publicKey;
};
Result<KeyPair> generateKeyPair();
Result<QByteArray> publicKeyOf(const QByteArray &privateKey);
Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// A TLS certificate signed by its own key (EC P-256, SHA-256, ten years), as PEM texts.
struct Certificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};
Result<Certificate> createSelfSignedCertificate(const std::string &commonName);

// "AB:CD:..." for people; the SHA-256 of the certificate's DER.
QString fingerprintText(const QByteArray &digest);

} // namespace enumera::sync
