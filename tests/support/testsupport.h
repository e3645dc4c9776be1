#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace protoviz {
class Comparison;
class QuicTlsContext;
struct ScenarioKnobs;
} // namespace protoviz

namespace protoviz::test {

/// Whether timing figures are asserted. Not in the sanitizer build: instrumented cryptography and
/// allocation add CPU time no network would, so there the normal build's run is the one that holds
/// the timing (the sanitizer run still checks everything else).
constexpr bool timingIsAsserted()
{
#ifdef PROTOVIZ_SANITIZED
    return false;
#else
    return true;
#endif
}

/// QVERIFY2 for a timing figure; see timingIsAsserted().
#define PROTOVIZ_VERIFY_TIMING(condition, message)                                                           \
    do {                                                                                                     \
        if (protoviz::test::timingIsAsserted())                                                              \
            QVERIFY2(condition, message);                                                                    \
    } while (false)

/// Runs the event loop until predicate() holds or timeoutMs passes; returns the predicate's last value.
bool waitUntil(const std::function<bool()>& predicate, int timeoutMs);

/// Runs the scenario's two sessions live to their end, as `protoviz-cli run` does. Null, with a
/// warning saying why, if the scenario cannot be made or does not finish within timeoutMs.
std::unique_ptr<Comparison> runComparison(const QString& id, const ScenarioKnobs& knobs,
                                          int timeoutMs = 60000);

/// True if an executable is on PATH (a test skips, loudly, when a peer the scripts install is missing).
bool haveProgram(const QString& program);

/// An external program (a real peer) started for a test and always reaped: terminated, then killed,
/// when the object goes out of scope.
class ExternalProcess
{
public:
    ExternalProcess(const QString& program, const QStringList& arguments);
    ~ExternalProcess();
    ExternalProcess(const ExternalProcess&) = delete;
    ExternalProcess& operator=(const ExternalProcess&) = delete;

    bool start(int timeoutMs = 5000);
    /// Waits until the program printed a line matching pattern on stdout or stderr; returns the line.
    QString waitForLine(const QString& pattern, int timeoutMs);
    /// Waits for exit; returns false on timeout (the process is then killed).
    bool waitForFinished(int timeoutMs);
    void terminate();

    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;
    /// Everything the program printed so far on stdout and stderr.
    QString output();
    QProcess& process() { return *m_process; }

private:
    void drain();

    std::unique_ptr<QProcess> m_process;
    QString m_output;
    qsizetype m_searchedUpTo = 0;
};

/// Runs a program to completion with a time limit; returns its exit code (-1 on timeout or crash) and
/// fills output with stdout and stderr.
int runProgram(const QString& program, const QStringList& arguments, int timeoutMs, QString* output);

/// A QUIC server context with a fresh certificate for localhost, and a client context that trusts it:
/// what every test of a live QUIC connection starts from.
struct QuicTestTls
{
    std::shared_ptr<QuicTlsContext> server;
    std::shared_ptr<QuicTlsContext> client;
    QByteArray caCertificatePem; ///< the authority behind the server's certificate, for other clients

    /// Both contexts, or nulls with *error set (certificate generation or GnuTLS failed).
    static QuicTestTls make(QString* error);
    bool isValid() const { return server && client; }
};

} // namespace protoviz::test
