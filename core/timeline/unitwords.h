#pragma once

#include <QCoreApplication>
#include <QString>

namespace protoviz {

/// The quantities every protocol's descriptions share, in words: byte counts, times and the two
/// parties. Translated; stateless.
class UnitWords
{
    Q_DECLARE_TR_FUNCTIONS(UnitWords)

public:
    /// "1 byte", "1,024 bytes". Spelt out rather than "%n byte(s)": the sentences must read right even
    /// where no English translation supplies plural forms.
    static QString bytes(qint64 count);
    /// "12.345 ms" for a time in ns.
    static QString milliseconds(qint64 ns);
    /// "client" or "server".
    static QString party(bool client);
};

} // namespace protoviz
