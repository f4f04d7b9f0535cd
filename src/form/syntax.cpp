// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax.h"

#include <QCoreApplication>

#include <charconv>
#include <optional>

namespace enumera {

namespace {

struct Token
{
    enum class Kind { End, Number, String, Name, Operator };
    Kind kind = Kind::End;
    std::string text;
    double number = 0;
    int column = 1;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Expression)

public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {}

    ParseResult parse()
    {
        if (!advance())
            return *m_error;
        auto root = parseOr();
        if (!root)
            return *m_error;
        if (m_token.kind != Token::Kind::End)
            return SyntaxError{describe(tr("unexpected %1 after the end of the expression")),
                               m_token.column};
        return root;
    }

private:
    using Node = std::unique_ptr<Syntax>;

    std::string describe(const QString &pattern) const
    {
        return pattern.arg(QString::fromStdString(tokenText())).toStdString();
    }

    std::string tokenText() const
    {
        switch (m_token.kind) {
        case Token::Kind::End:
            return "end of the expression";
        case Token::Kind::String:
            return "text '" + m_token.text + "'";
        default:
            return "'" + m_token.text + "'";
        }
    }

    Node fail(std::string message, int column)
    {
        if (!m_error)
            m_error = SyntaxError{std::move(message), column};
        return nullptr;
    }

    int columnAt(size_t pos) const
    {
        int column = 1;
        for (size_t i = 0; i < pos; ++i)
            if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
                ++column;
        return column;
    }

    bool advance()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
        m_token = Token{};
        m_token.column = columnAt(m_pos);
        if (m_pos >= m_text.size())
            return true;
        const char c = m_text[m_pos];
        if ((c >= '0' && c <= '9') || (c == '.' && m_pos + 1 < m_text.size() &&
                                       m_text[m_pos + 1] >= '0' && m_text[m_pos + 1] <= '9')) {
            size_t end = m_pos;
            while (end < m_text.size() &&
                   ((m_text[end] >= '0' && m_text[end] <= '9') || m_text[end] == '.'))
                ++end;
            double value = 0;
            auto [ptr, ec] = std::from_chars(m_text.data() + m_pos, m_text.data() + end, value);
            if (ec != std::errc() || ptr != m_text.data() + end) {
                fail(tr("'%1' is not a number")
                         .arg(QString::fromUtf8(m_text.data() + m_pos, qsizetype(end - m_pos)))
                         .toStdString(),
                     m_token.column);
                return false;
            }
            m_token.kind = Token::Kind::Number;
            m_token.number = value;
            m_token.text = std::string(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
        if (c == '\'' || c == '"') {
            std::string value;
            size_t pos = m_pos + 1;
            while (pos < m_text.size() && m_text[pos] != c) {
                if (m_text[pos] == '\\' && pos + 1 < m_text.size())
                    ++pos;
                value += m_text[pos++];
            }
            if (pos >= m_text.size()) {
                fail(tr("the text that starts here has no closing quote").toStdString(),
                     m_token.column);
                return false;
            }
            m_token.kind = Token::Kind::String;
            m_token.text = std::move(value);
            m_pos = pos + 1;
            return true;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
            size_t end = m_pos;
            while (end < m_text.size() &&
                   ((m_text[end] >= 'a' && m_text[end] <= 'z') ||
                    (m_text[end] >= 'A' && m_text[end] <= 'Z') ||
                    (m_text[end] >= '0' && m_text[end] <= '9') || m_text[end] == '_'))
                ++end;
            m_token.kind = Token::Kind::Name;
            m_token.text = std::string(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
        static const char *const twoChar[] = {"==", "!=", "<=", ">=", "&&", "||"};
        for (const char *op : twoChar) {
            if (m_text.substr(m_pos, 2) == op) {
                m_token.kind = Token::Kind::Operator;
                m_token.text = op;
                m_pos += 2;
                if (m_token.text == "&&" || m_token.text == "||") {
                    fail(tr("write '%1' instead of '%2'")
                             .arg(m_token.text == "&&" ? "and" : "or",
                                  QString::fromStdString(m_token.text))
                             .toStdString(),
                         m_token.column);
                    return false;
                }
                return true;
            }
        }
        if (std::string_view("+-*/%<>()[],").find(c) != std::string_view::npos) {
            m_token.kind = Token::Kind::Operator;
            m_token.text = std::string(1, c);
            ++m_pos;
            return true;
        }
        if (c == '=') {
            fail(tr("write '==' to compare; a single '=' is not an operator").toStdString(),
                 m_token.column);
            return false;
        }
        if (c == '!') {
            fail(tr("write 'not' instead of '!'").toStdString(), m_token.column);
            return false;
        }
        // One whole UTF-8 character, for the message.
        size_t end = m_pos + 1;
        while (end < m_text.size() && (static_cast<unsigned char>(m_text[end]) & 0xC0) == 0x80)
            ++end;
        fail(tr("unexpected character '%1'")
                 .arg(QString::fromUtf8(m_text.data() + m_pos, qsizetype(end - m_pos)))
                 .toStdString(),
             m_token.column);
        return false;
    }

    bool isOperator(const char *op) const
    {
        return m_token.kind == Token::Kind::Operator && m_token.text == op;
    }
    bool isKeyword(const char *word) const
    {
        return m_token.kind == Token::Kind::Name && m_token.text == word;
    }

    Node make(Syntax::Kind kind, int column, std::string text = {})
    {
        auto node = std::make_unique<Syntax>();
        node->kind = kind;
        node->column = column;
        node->text = std::move(text);
        return node;
    }

    Node binary(std::string op, int column, Node left, Node right)
    {
        Node node = make(Syntax::Kind::Binary, column, std::move(op));
        node->args.push_back(std::move(left));
        node->args.push_back(std::move(right));
        return node;
    }

    Node parseOr()
    {
        Node left = parseAnd();
        while (left && isKeyword("or")) {
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            Node right = parseAnd();
            if (!right)
                return nullptr;
            left = binary("or", column, std::move(left), std::move(right));
        }
        return left;
    }

    Node parseAnd()
    {
        Node left = parseNot();
        while (left && isKeyword("and")) {
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            Node right = parseNot();
            if (!right)
                return nullptr;
            left = binary("and", column, std::move(left), std::move(right));
        }
        return left;
    }

    Node parseNot()
    {
        if (isKeyword("not")) {
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            Node operand = parseNot();
            if (!operand)
                return nullptr;
            Node node = make(Syntax::Kind::Unary, column, "not");
            node->args.push_back(std::move(operand));
            return node;
        }
        return parseComparison();
    }

    Node parseComparison()
    {
        Node left = parseAdditive();
        if (!left)
            return nullptr;
        static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
        for (const char *op : ops) {
            if (isOperator(op)) {
                const int column = m_token.column;
                if (!advance())
                    return nullptr;
                Node right = parseAdditive();
                if (!right)
                    return nullptr;
                return checkChained(binary(op, column, std::move(left), std::move(right)));
            }
        }
        if (isKeyword("in")) {
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            if (!isOperator("["))
                return fail(describe(tr("expected a list such as [1, 2] after 'in', found %1")),
                            m_token.column);
            Node list = parsePrimary();
            if (!list)
                return nullptr;
            return checkChained(binary("in", column, std::move(left), std::move(list)));
        }
        return left;
    }

    Node checkChained(Node node)
    {
        static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
        for (const char *op : ops)
            if (isOperator(op))
                return fail(tr("comparisons cannot be chained; join them with 'and'").toStdString(),
                            m_token.column);
        if (isKeyword("in"))
            return fail(tr("comparisons cannot be chained; join them with 'and'").toStdString(),
                        m_token.column);
        return node;
    }

    Node parseAdditive()
    {
        Node left = parseMultiplicative();
        while (left && (isOperator("+") || isOperator("-"))) {
            const std::string op = m_token.text;
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            Node right = parseMultiplicative();
            if (!right)
                return nullptr;
            left = binary(op, column, std::move(left), std::move(right));
        }
        return left;
    }

    Node parseMultiplicative()
    {
        Node left = parseUnary();
        while (left && (isOperator("*") || isOperator("/") || isOperator("%"))) {
            const std::string op = m_token.text;
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            Node right = parseUnary();
            if (!right)
                return nullptr;
            left = binary(op, column, std::move(left), std::move(right));
        }
        return left;
    }

    Node parseUnary()
    {
        if (isOperator("-")) {
            const int column = m_token.column;
            if (!advance())
                return nullptr;
            Node operand = parseUnary();
            if (!operand)
                return nullptr;
            if (operand->kind == Syntax::Kind::Number) {
                operand->number = -operand->number;
                operand->text.insert(0, 1, '-');
                operand->column = column;
                return operand;
            }
            Node node = make(Syntax::Kind::Unary, column, "-");
            node->args.push_back(std::move(operand));
            return node;
        }
        return parsePrimary();
    }

    Node parsePrimary()
    {
        const int column = m_token.column;
        switch (m_token.kind) {
        case Token::Kind::Number: {
            Node node = make(Syntax::Kind::Number, column, m_token.text);
            node->number = m_token.number;
            return advance() ? std::move(node) : nullptr;
        }
        case Token::Kind::String: {
            Node node = make(Syntax::Kind::String, column, m_token.text);
            return advance() ? std::move(node) : nullptr;
        }
        case Token::Kind::Name: {
            static const char *const reserved[] = {"and", "or", "not", "in"};
            for (const char *word : reserved)
                if (m_token.text == word)
                    return fail(describe(tr("expected a value, found %1")), column);
            if (m_token.text == "true" || m_token.text == "false") {
                Node node = make(Syntax::Kind::Bool, column, m_token.text);
                node->boolean = m_token.text == "true";
                return advance() ? std::move(node) : nullptr;
            }
            std::string name = m_token.text;
            if (!advance())
                return nullptr;
            if (!isOperator("("))
                return make(Syntax::Kind::Name, column, std::move(name));
            Node call = make(Syntax::Kind::Call, column, std::move(name));
            if (!advance())
                return nullptr;
            if (isOperator(")"))
                return advance() ? std::move(call) : nullptr;
            for (;;) {
                Node arg = parseOr();
                if (!arg)
                    return nullptr;
                call->args.push_back(std::move(arg));
                if (isOperator(")"))
                    return advance() ? std::move(call) : nullptr;
                if (!isOperator(","))
                    return fail(describe(tr("expected ',' or ')' in the arguments of %1(), "
                                            "found %2")
                                             .arg(QString::fromStdString(call->text))),
                                m_token.column);
                if (!advance())
                    return nullptr;
            }
        }
        case Token::Kind::Operator:
            if (isOperator("(")) {
                if (!advance())
                    return nullptr;
                Node inner = parseOr();
                if (!inner)
                    return nullptr;
                if (!isOperator(")"))
                    return fail(
                        describe(
                            tr("expected ')' to close the '(' at column %1, found %2").arg(column)),
                        m_token.column);
                return advance() ? std::move(inner) : nullptr;
            }
            if (isOperator("[")) {
                Node list = make(Syntax::Kind::List, column);
                if (!advance())
                    return nullptr;
                while (!isOperator("]")) {
                    Node element = parseUnary();
                    if (!element)
                        return nullptr;
                    list->args.push_back(std::move(element));
                    if (isOperator("]"))
                        break;
                    if (!isOperator(","))
                        return fail(describe(tr("expected ',' or ']' in the list, found %1")),
                                    m_token.column);
                    if (!advance())
                        return nullptr;
                }
                return advance() ? std::move(list) : nullptr;
            }
            return fail(describe(tr("expected a value, found %1")), column);
        case Token::Kind::End:
            return fail(describe(tr("expected a value, found %1")), column);
        }
        return nullptr;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    Token m_token;
    std::optional<SyntaxError> m_error;
};

} // namespace

ParseResult parseExpression(std::string_view text)
{
    return Parser(text).parse();
}

} // namespace enumera
