#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace protoviz {

/// What an Expression's names and functions stand for: the statistics of a run (RunMeasurements), or a
/// checker that only knows which names exist (when a lesson loads). Values are numbers; strings appear
/// only as function arguments (event filters).
class ExpressionContext
{
public:
    virtual ~ExpressionContext() = default;

    /// The value of a name such as "b.roundTrips"; nullopt and *error if there is none.
    virtual std::optional<double> variable(const QString& name, QString* error) const = 0;
    /// The value of a call such as count(b, "tls.Alert"); arguments are numbers, strings, or the bare
    /// names a and b (as strings "a" and "b"). nullopt and *error if the call cannot be made.
    virtual std::optional<double> call(const QString& function, const QVariantList& arguments,
                                       QString* error) const = 0;
};

/// An arithmetic and logical expression over a run's statistics, as lessons write their answers
/// ("b.roundTrips", "a.totalTimeMs < b.totalTimeMs", "count(b, \"http2.PUSH_PROMISE\")"). Parsed once,
/// evaluated against any context. Comparisons and logic give 1 or 0. A value type.
class Expression
{
public:
    struct Node;

    /// Parses text; nullopt and *error (naming the column) if it is not an expression.
    static std::optional<Expression> parse(const QString& text, QString* error);

    /// The value in context; nullopt and *error when a name is unknown, a call fails or a division
    /// by zero happens.
    std::optional<double> evaluate(const ExpressionContext& context, QString* error) const;

    const QString& text() const { return m_text; }

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace protoviz
