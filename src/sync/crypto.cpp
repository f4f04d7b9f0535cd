// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCrypto)
};

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Certificate509 = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

// OpenSSL's own words for the last failure, for a message that says what went wrong.
QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return Tr::tr("unknown error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("the system's random number generator failed");
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray deriveKey(const QByteArray &secret, const QByteArray &salt, int iterations)
{
    QByteArray out(32, '\0');
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), bytes(salt), int(salt.size()),
                      iterations, EVP_sha256(), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

Result<KeyPair> generateKeyPair()
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return Error{
            Tr::tr("a signing key could not be made: %1").arg(openSslError()).toStdString()};
    KeyPair pair;
    size_t size = 32;
    pair.privateKey.resize(32);
    pair.publicKey.resize(32);
    if (EVP_PKEY_get_raw_private_key(
            key.get(), reinterpret_cast<unsigned char *>(pair.privateKey.data()), &size) != 1 ||
        size != 32 ||
        EVP_PKEY_get_raw_public_key(
            key.get(), reinterpret_cast<unsigned char *>(pair.publicKey.data()), &size) != 1 ||
        size != 32)
        return Error{
            Tr::tr("a signing key could not be made: %1").arg(openSslError()).toStdString()};
    return pair;
}

Result<QByteArray> publicKeyOf(const QByteArray &privateKey)
{
    Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey),
                                         size_t(privateKey.size())));
    QByteArray out(32, '\0');
    size_t size = 32;
    if (!key || EVP_PKEY_get_raw_public_key(
                    key.get(), reinterpret_cast<unsigned char *>(out.data()), &size) != 1)
        return Error{Tr::tr("the signing key is damaged: %1").arg(openSslError()).toStdString()};
    return out;
}

Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &message)
{
    Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey),
                                         size_t(privateKey.size())));
    DigestContext context(EVP_MD_CTX_new());
    QByteArray signature(64, '\0');
    size_t size = 64;
    if (!key || !context ||
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       bytes(message), size_t(message.size())) != 1)
        return Error{Tr::tr("signing failed: %1").arg(openSslError()).toStdString()};
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    DigestContext context(EVP_MD_CTX_new());
    const bool ok =
        key && context &&
        EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), bytes(signature), 64, bytes(message),
                         size_t(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

Result<Certificate> createSelfSignedCertificate(const std::string &commonName)
{
    auto failed = [] {
        return Error{Tr::tr("the server's TLS certificate could not be made: %1")
                         .arg(openSslError())
                         .toStdString()};
    };
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    Certificate509 x509(X509_new());
    if (!key || !x509)
        return failed();
    const QByteArray serial = randomBytes(16);
    BigNumber number(BN_bin2bn(bytes(serial), int(serial.size()), nullptr));
    X509_NAME *name = X509_get_subject_name(x509.get());
    if (!number || X509_set_version(x509.get(), 2) != 1 ||
        !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(x509.get())) ||
        !X509_gmtime_adj(X509_getm_notBefore(x509.get()), -24L * 3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(x509.get()), 3650L * 24 * 3600) ||
        X509_set_pubkey(x509.get(), key.get()) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName.c_str()), -1,
                                   -1, 0) != 1 ||
        X509_set_issuer_name(x509.get(), name) != 1 ||
        X509_sign(x509.get(), key.get(), EVP_sha256()) == 0)
        return failed();
    Bio certificate(BIO_new(BIO_s_mem()));
    Bio privateKey(BIO_new(BIO_s_mem()));
    if (!certificate || !privateKey || PEM_write_bio_X509(certificate.get(), x509.get()) != 1 ||
        PEM_write_bio_PrivateKey(privateKey.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                 nullptr) != 1)
        return failed();
    return Certificate{bioText(certificate.get()), bioText(privateKey.get())};
}

QString fingerprintText(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace enumera::sync
