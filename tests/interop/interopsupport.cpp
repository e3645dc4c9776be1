#include "tests/interop/interopsupport.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace protoviz::test {

QString cliProgram()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("PROTOVIZ_CLI"));
}

int connectToLoopback(quint16 port)
{
    const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(descriptor, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(descriptor);
        return -1;
    }
    return descriptor;
}

QString PeerRun::summary() const
{
    constexpr qsizetype Tail = 700;
    return QStringLiteral("exit code %1, output:\n").arg(exitCode) +
           (output.size() > Tail ? QStringLiteral("...") + output.right(Tail) : output);
}

PeerRun runPeer(const QString& program, const QStringList& arguments, int timeoutMs)
{
    PeerRun run;
    ExternalProcess process(program, arguments);
    if (!process.start()) {
        run.output = process.process().errorString();
        return run;
    }
    waitUntil([&process] { return process.process().state() == QProcess::NotRunning; }, timeoutMs);
    // Zero: if it still runs after the wait above, it is killed now.
    const bool finished = process.waitForFinished(0);
    run.output = process.output();
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

QStringList matchingLines(const QString& text, const QRegularExpression& pattern)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (pattern.match(line).hasMatch())
            lines.append(line);
    }
    return lines;
}

ServeProcess::ServeProcess(const QStringList& arguments)
    : m_process(cliProgram(),
                QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--tls-port"), QStringLiteral("0")} +
                    arguments)
{
}

bool ServeProcess::start(QString* error)
{
    if (cliProgram().isEmpty()) {
        *error = QStringLiteral("PROTOVIZ_CLI is not set: run the test through ctest.");
        return false;
    }
    if (!m_process.start()) {
        *error = QStringLiteral("protoviz-cli serve did not start: ") + m_process.process().errorString();
        return false;
    }
    const QRegularExpression ready(QStringLiteral("^Press Ctrl\\+C to stop"),
                                   QRegularExpression::MultilineOption);
    if (!waitUntil([&] { return ready.match(output()).hasMatch() || !isRunning(); }, 15000) ||
        !ready.match(output()).hasMatch()) {
        *error = QStringLiteral("protoviz-cli serve did not come up; it printed:\n") + output();
        return false;
    }
    const QString banner = output();
    const QRegularExpression http(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/)"));
    const QRegularExpression https(QStringLiteral("(https://127\\.0\\.0\\.1:\\d+/)"));
    const QRegularExpression ca(QStringLiteral("CA certificate: (\\S+)"));
    const QRegularExpression http3(QStringLiteral("(https://127\\.0\\.0\\.1:\\d+/)\\s+HTTP/3"));
    if (const QRegularExpressionMatch match = http.match(banner); match.hasMatch())
        m_httpUrl = QUrl(match.captured(1));
    if (const QRegularExpressionMatch match = https.match(banner); match.hasMatch())
        m_httpsUrl = QUrl(match.captured(1));
    if (const QRegularExpressionMatch match = ca.match(banner); match.hasMatch())
        m_caCertificate = match.captured(1);
    if (const QRegularExpressionMatch match = http3.match(banner); match.hasMatch())
        m_http3Url = QUrl(match.captured(1));
    if (m_httpUrl.port() <= 0 && m_httpsUrl.port() <= 0) {
        *error = QStringLiteral("protoviz-cli serve printed no address:\n") + banner;
        return false;
    }
    return true;
}

QString ServeProcess::output()
{
    return m_process.output();
}

qsizetype ServeProcess::mark()
{
    return output().size();
}

QString ServeProcess::waitForLine(const QRegularExpression& pattern, qsizetype mark, int timeoutMs)
{
    QString found;
    waitUntil(
        [&] {
            const QStringList lines = matchingLines(output().mid(mark), pattern);
            if (!lines.isEmpty())
                found = lines.constFirst();
            return !found.isEmpty();
        },
        timeoutMs);
    return found;
}

QString ServeProcess::settledOutputSince(qsizetype mark, int quietMs, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype size = -1;
    while (!deadline.hasExpired()) {
        const qsizetype now = output().size();
        if (now == size)
            break;
        size = now;
        waitUntil([] { return false; }, quietMs);
    }
    return output().mid(mark);
}

bool ServeProcess::isRunning()
{
    return m_process.process().state() != QProcess::NotRunning;
}

int ServeProcess::stop(int timeoutMs)
{
    if (isRunning()) {
        m_process.terminate();
        waitUntil([this] { return !isRunning(); }, timeoutMs);
    }
    if (!m_process.waitForFinished(0) || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

int ServeProcess::reportedConnectionCount()
{
    static const QRegularExpression summary(
        QStringLiteral("Stopped after serving (\\d+) connection\\(s\\)\\."));
    const QRegularExpressionMatch match = summary.match(output());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSet<int> ServeProcess::connectionIds(const QString& eventLines)
{
    // "  1034.440 ms  server  #1    http1     RequestHead ...", as app/cli/eventprinter.cpp formats it.
    static const QRegularExpression event(QStringLiteral("^\\s*\\d+\\.\\d+ ms\\s+\\S+\\s+#(\\d+)\\s"),
                                          QRegularExpression::MultilineOption);
    QSet<int> ids;
    for (auto it = event.globalMatch(eventLines); it.hasNext();)
        ids.insert(it.next().captured(1).toInt());
    return ids;
}

} // namespace protoviz::test
