#pragma once

#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace protoviz::test {

/// The protoviz-cli under test: $PROTOVIZ_CLI, which CTest sets to the built executable.
QString cliProgram();

/// What a peer program did when runPeer() ran it.
struct PeerRun
{
    int exitCode = -1; ///< -1 when it timed out (it is then killed) or crashed
    QString output;    ///< stdout and stderr, merged

    /// "exit code N" and the end of the output (QtTest cuts long messages): what a failing check shows.
    QString summary() const;
};

/// Runs a peer program to completion within timeoutMs while the event loop keeps running, so that
/// processes started earlier (a server printing its events) keep being read and never block on a full
/// pipe. Call from the test's thread.
PeerRun runPeer(const QString& program, const QStringList& arguments, int timeoutMs);

/// The lines of text that match pattern.
QStringList matchingLines(const QString& text, const QRegularExpression& pattern);

/// A blocking TCP connection to 127.0.0.1:port made with POSIX calls, for raw tests that must tell a FIN
/// (recv() returns 0) from a reset or send what no client library would: its descriptor, which the caller
/// closes, or -1 if it could not connect.
int connectToLoopback(quint16 port);

/// `protoviz-cli serve` on 127.0.0.1 with free ports, for real peers to talk to. start() waits for the
/// banner and reads the addresses it printed; stop() sends SIGTERM as Ctrl+C would. The process is
/// killed if the object goes out of scope while it still runs. Use on the test's thread only.
class ServeProcess
{
public:
    /// arguments: added after `serve --port 0 --tls-port 0` (e.g. --objects, --events, --push).
    explicit ServeProcess(const QStringList& arguments);

    /// Starts serve and waits (up to 15 s) until it listens. Returns false and sets *error otherwise.
    bool start(QString* error);

    QUrl httpUrl() const { return m_httpUrl; }   ///< "http://127.0.0.1:PORT/", empty with --no-cleartext
    QUrl httpsUrl() const { return m_httpsUrl; } ///< "https://127.0.0.1:PORT/", empty with --no-tls
    QString caCertificate() const { return m_caCertificate; } ///< the ca.pem serve wrote
    /// "https://127.0.0.1:PORT/" of HTTP/3 (a UDP port), empty with --no-http3 or --no-tls.
    QUrl http3Url() const { return m_http3Url; }

    /// Everything serve printed so far.
    QString output();
    /// The current length of output(): a mark from which to look for what an exchange made serve print.
    qsizetype mark();
    /// Waits up to timeoutMs until a line printed after mark matches pattern; returns that line, or an
    /// empty string on timeout.
    QString waitForLine(const QRegularExpression& pattern, qsizetype mark, int timeoutMs);
    /// Waits up to timeoutMs until the lines printed after mark stop changing for quietMs (serve has
    /// printed everything an exchange caused); returns them.
    QString settledOutputSince(qsizetype mark, int quietMs, int timeoutMs);

    bool isRunning();
    /// Sends SIGTERM and waits up to timeoutMs for serve to exit. Returns its exit code, or -1 if it
    /// crashed or had to be killed.
    int stop(int timeoutMs = 10000);
    /// N of the "Stopped after serving N connection(s)." that serve prints on exit; -1 if it did not.
    int reportedConnectionCount();

    /// The connection ids ("#N") of the event lines in text.
    static QSet<int> connectionIds(const QString& eventLines);

private:
    ExternalProcess m_process;
    QUrl m_httpUrl;
    QUrl m_httpsUrl;
    QString m_caCertificate;
    QUrl m_http3Url;
};

} // namespace protoviz::test
