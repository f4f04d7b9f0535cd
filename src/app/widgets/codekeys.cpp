// SPDX-License-Identifier: GPL-3.0-or-later
#include "codekeys.h"

namespace enumera::app {

CodeKeys::CodeKeys(QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { flush(); });
}

std::optional<int> CodeKeys::exact(const QString &digits) const
{
    for (const Code &c : m_codes)
        if (c.text == digits || QString::number(c.code) == digits)
            return c.code;
    return std::nullopt;
}

// Whether some code is longer and starts with `digits`.
bool CodeKeys::extendable(const QString &digits) const
{
    for (const Code &c : m_codes) {
        const QString plain = QString::number(c.code);
        if ((c.text.size() > digits.size() && c.text.startsWith(digits)) ||
            (plain.size() > digits.size() && plain.startsWith(digits)))
            return true;
    }
    return false;
}

void CodeKeys::choose(int code)
{
    m_pause.stop();
    m_buffer.clear();
    emit pendingChanged(m_buffer);
    if (m_chosen)
        m_chosen(code);
}

bool CodeKeys::type(QChar c)
{
    if (!c.isDigit())
        return false;
    QString digits = m_buffer + c;
    if (!exact(digits) && !extendable(digits))
        digits = QString(c); // start again with this digit
    if (!exact(digits) && !extendable(digits)) {
        m_buffer.clear();
        m_pause.stop();
        emit pendingChanged(m_buffer);
        return true;
    }
    if (exact(digits) && !extendable(digits)) {
        choose(*exact(digits));
        return true;
    }
    m_buffer = digits;
    emit pendingChanged(m_buffer);
    m_pause.start();
    return true;
}

bool CodeKeys::flush()
{
    if (m_buffer.isEmpty())
        return false;
    const std::optional<int> code = exact(m_buffer);
    if (!code) {
        m_buffer.clear();
        m_pause.stop();
        emit pendingChanged(m_buffer);
        return false;
    }
    choose(*code);
    return true;
}

} // namespace enumera::app
