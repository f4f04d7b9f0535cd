// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace enumera::app {

// Digits typed on a choice question, read as an option's code. A code is chosen as soon as the
// digits can mean nothing else ("01", or "3" when no code starts with 3 and is longer); when a
// longer code could still follow ("1" with a code 12), it is chosen after a short pause or
// when Enter or Tab is pressed.
class CodeKeys : public QObject
{
    Q_OBJECT

public:
    struct Code
    {
        int code;
        QString text; // as shown: "01"
    };

    explicit CodeKeys(QObject *parent = nullptr);

    void setCodes(std::vector<Code> codes) { m_codes = std::move(codes); }
    void setChosen(std::function<void(int code)> chosen) { m_chosen = std::move(chosen); }

    // Takes a digit; false when it was not a digit.
    bool type(QChar c);
    // Chooses the code the digits typed so far name, if any; returns whether one was.
    bool flush();
    const QString &pending() const { return m_buffer; }

    static constexpr int PauseMs = 700;

signals:
    void pendingChanged(const QString &digits);

private:
    std::optional<int> exact(const QString &digits) const;
    bool extendable(const QString &digits) const;
    void choose(int code);

    std::vector<Code> m_codes;
    std::function<void(int)> m_chosen;
    QString m_buffer;
    QTimer m_pause;
};

} // namespace enumera::app
