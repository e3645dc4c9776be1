#include "core/lesson/expression.h"

#include <QCoreApplication>

#include <cmath>

namespace protoviz {

struct Expression::Node
{
    enum class Type { Number, String, Name, Call, Negate, Not, Binary };

    Type type = Type::Number;
    double number = 0.0;
    QString text; ///< string, name, function or operator
    QList<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Node = Expression::Node;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

/// A recursive-descent parser over the expression's characters; every error names its column.
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
    }

    NodePtr parseAll(QString* error)
    {
        NodePtr root = parseOr();
        skipSpaces();
        if (root && m_pos < m_text.size())
            fail(Tr::tr("unexpected \"%1\"").arg(m_text.mid(m_pos, 12)));
        if (!m_error.isEmpty()) {
            *error = Tr::tr("%1 at column %2 of \"%3\"").arg(m_error).arg(m_errorPos + 1).arg(m_text);
            return {};
        }
        return root;
    }

private:
    void fail(const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPos = m_pos;
        }
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    bool takeWord(QLatin1String word)
    {
        skipSpaces();
        if (!QStringView(m_text).mid(m_pos).startsWith(word))
            return false;
        const qsizetype end = m_pos + word.size();
        if (end < m_text.size() && (m_text[end].isLetterOrNumber() || m_text[end] == QLatin1Char('_')))
            return false;
        m_pos = end;
        return true;
    }

    bool takeSymbol(QLatin1String symbol)
    {
        skipSpaces();
        if (!QStringView(m_text).mid(m_pos).startsWith(symbol))
            return false;
        m_pos += symbol.size();
        return true;
    }

    static NodePtr binary(const QString& op, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<Node>();
        node->type = Node::Type::Binary;
        node->text = op;
        node->children = {std::move(left), std::move(right)};
        return node;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && takeWord(QLatin1String("or")))
            left = binary(QStringLiteral("or"), left, parseAnd());
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        while (left && takeWord(QLatin1String("and")))
            left = binary(QStringLiteral("and"), left, parseNot());
        return left;
    }

    NodePtr parseNot()
    {
        if (takeWord(QLatin1String("not"))) {
            auto node = std::make_shared<Node>();
            node->type = Node::Type::Not;
            node->children = {parseNot()};
            return node->children.first() ? node : nullptr;
        }
        return parseComparison();
    }

    NodePtr parseComparison()
    {
        NodePtr left = parseSum();
        if (!left)
            return left;
        // Two-character operators first, so that "<=" is not read as "<".
        for (const char* op : {"<=", ">=", "==", "!=", "<", ">"}) {
            if (takeSymbol(QLatin1String(op)))
                return binary(QLatin1String(op), left, parseSum());
        }
        return left;
    }

    NodePtr parseSum()
    {
        NodePtr left = parseProduct();
        while (left) {
            if (takeSymbol(QLatin1String("+")))
                left = binary(QStringLiteral("+"), left, parseProduct());
            else if (takeSymbol(QLatin1String("-")))
                left = binary(QStringLiteral("-"), left, parseProduct());
            else
                break;
        }
        return left;
    }

    NodePtr parseProduct()
    {
        NodePtr left = parseUnary();
        while (left) {
            if (takeSymbol(QLatin1String("*")))
                left = binary(QStringLiteral("*"), left, parseUnary());
            else if (takeSymbol(QLatin1String("/")))
                left = binary(QStringLiteral("/"), left, parseUnary());
            else
                break;
        }
        return left;
    }

    NodePtr parseUnary()
    {
        if (takeSymbol(QLatin1String("-"))) {
            auto node = std::make_shared<Node>();
            node->type = Node::Type::Negate;
            node->children = {parseUnary()};
            return node->children.first() ? node : nullptr;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        skipSpaces();
        if (m_pos >= m_text.size()) {
            fail(Tr::tr("the expression ends too soon"));
            return {};
        }
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = parseOr();
            if (inner && !takeSymbol(QLatin1String(")"))) {
                fail(Tr::tr("a \")\" is missing"));
                return {};
            }
            return inner;
        }
        if (c == QLatin1Char('"'))
            return parseString();
        if (c.isDigit() || c == QLatin1Char('.'))
            return parseNumber();
        if (c.isLetter() || c == QLatin1Char('_'))
            return parseName();
        fail(Tr::tr("unexpected \"%1\"").arg(c));
        return {};
    }

    NodePtr parseString()
    {
        const qsizetype end = m_text.indexOf(QLatin1Char('"'), m_pos + 1);
        if (end < 0) {
            fail(Tr::tr("a string is not closed"));
            return {};
        }
        auto node = std::make_shared<Node>();
        node->type = Node::Type::String;
        node->text = m_text.mid(m_pos + 1, end - m_pos - 1);
        m_pos = end + 1;
        return node;
    }

    NodePtr parseNumber()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == QLatin1Char('.')))
            ++m_pos;
        bool ok = false;
        const QString digits = m_text.mid(start, m_pos - start);
        const double value = digits.toDouble(&ok);
        if (!ok) {
            m_pos = start;
            fail(Tr::tr("\"%1\" is not a number").arg(digits));
            return {};
        }
        auto node = std::make_shared<Node>();
        node->number = value;
        return node;
    }

    NodePtr parseName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == QLatin1Char('_') ||
                m_text[m_pos] == QLatin1Char('.')))
            ++m_pos;
        auto node = std::make_shared<Node>();
        node->text = m_text.mid(start, m_pos - start);
        if (!takeSymbol(QLatin1String("("))) {
            node->type = Node::Type::Name;
            return node;
        }
        node->type = Node::Type::Call;
        if (takeSymbol(QLatin1String(")")))
            return node;
        do {
            NodePtr argument = parseOr();
            if (!argument)
                return {};
            node->children.append(argument);
        } while (takeSymbol(QLatin1String(",")));
        if (!takeSymbol(QLatin1String(")"))) {
            fail(Tr::tr("a \")\" is missing after the arguments of %1").arg(node->text));
            return {};
        }
        return node;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorPos = 0;
};

std::optional<double> evaluateNode(const Node& node, const ExpressionContext& context, QString* error)
{
    switch (node.type) {
    case Node::Type::Number:
        return node.number;
    case Node::Type::String:
        *error = Tr::tr("the string \"%1\" is not a number").arg(node.text);
        return std::nullopt;
    case Node::Type::Name:
        return context.variable(node.text, error);
    case Node::Type::Call: {
        QVariantList arguments;
        for (const NodePtr& child : node.children) {
            // Strings and the side names (a, b, c, d) pass through as text; everything else is a number.
            if (child->type == Node::Type::String ||
                (child->type == Node::Type::Name && child->text.size() == 1 && child->text[0] >= u'a' &&
                 child->text[0] <= u'd')) {
                arguments.append(child->text);
                continue;
            }
            const std::optional<double> value = evaluateNode(*child, context, error);
            if (!value)
                return std::nullopt;
            arguments.append(*value);
        }
        return context.call(node.text, arguments, error);
    }
    case Node::Type::Negate: {
        const std::optional<double> value = evaluateNode(*node.children.first(), context, error);
        return value ? std::optional<double>(-*value) : std::nullopt;
    }
    case Node::Type::Not: {
        const std::optional<double> value = evaluateNode(*node.children.first(), context, error);
        return value ? std::optional<double>(*value == 0.0 ? 1.0 : 0.0) : std::nullopt;
    }
    case Node::Type::Binary:
        break;
    }
    const std::optional<double> left = evaluateNode(*node.children[0], context, error);
    if (!left)
        return std::nullopt;
    const std::optional<double> right = evaluateNode(*node.children[1], context, error);
    if (!right)
        return std::nullopt;
    const double l = *left;
    const double r = *right;
    const QString& op = node.text;
    if (op == QLatin1String("+"))
        return l + r;
    if (op == QLatin1String("-"))
        return l - r;
    if (op == QLatin1String("*"))
        return l * r;
    if (op == QLatin1String("/")) {
        if (r == 0.0) {
            *error = Tr::tr("division by zero");
            return std::nullopt;
        }
        return l / r;
    }
    if (op == QLatin1String("<"))
        return double(l < r);
    if (op == QLatin1String("<="))
        return double(l <= r);
    if (op == QLatin1String(">"))
        return double(l > r);
    if (op == QLatin1String(">="))
        return double(l >= r);
    if (op == QLatin1String("=="))
        return double(l == r);
    if (op == QLatin1String("!="))
        return double(l != r);
    if (op == QLatin1String("and"))
        return double(l != 0.0 && r != 0.0);
    return double(l != 0.0 || r != 0.0);
}

} // namespace

std::optional<Expression> Expression::parse(const QString& text, QString* error)
{
    Expression expression;
    expression.m_text = text.trimmed();
    if (expression.m_text.isEmpty()) {
        *error = Tr::tr("the expression is empty");
        return std::nullopt;
    }
    Parser parser(expression.m_text);
    expression.m_root = parser.parseAll(error);
    if (!expression.m_root)
        return std::nullopt;
    return expression;
}

std::optional<double> Expression::evaluate(const ExpressionContext& context, QString* error) const
{
    const std::optional<double> value = evaluateNode(*m_root, context, error);
    if (value && !std::isfinite(*value)) {
        *error = Tr::tr("\"%1\" is not a finite number").arg(m_text);
        return std::nullopt;
    }
    return value;
}

} // namespace protoviz
