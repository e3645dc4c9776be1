#include "tests/support/testsupport.h"

#include "core/quic/quictlscontext.h"
#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/tls/certificateauthority.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace protoviz::test {

std::unique_ptr<Comparison> runComparison(const QString& id, const ScenarioKnobs& knobs, int timeoutMs)
{
    QString error;
    const std::optional<Scenario> scenario = ScenarioCatalog::make(id, knobs, &error);
    if (!scenario) {
        qWarning("%s: %s", qPrintable(id), qPrintable(error));
        return nullptr;
    }
    auto comparison = std::make_unique<Comparison>(*scenario);
    QSignalSpy finished(comparison.get(), &Comparison::finished);
    comparison->start();
    if (!finished.wait(timeoutMs)) {
        qWarning("%s did not finish within %d ms", qPrintable(id), timeoutMs);
        return nullptr;
    }
    // Let the views' queued updates for the last events arrive.
    QCoreApplication::processEvents();
    return comparison;
}

bool waitUntil(const std::function<bool()>& predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return predicate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qSleep(1);
    }
    return true;
}

bool haveProgram(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

ExternalProcess::ExternalProcess(const QString& program, const QStringList& arguments)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
}

ExternalProcess::~ExternalProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
}

bool ExternalProcess::start(int timeoutMs)
{
    m_process->start();
    return m_process->waitForStarted(timeoutMs);
}

void ExternalProcess::drain()
{
    m_output += QString::fromUtf8(m_process->readAll());
}

QString ExternalProcess::waitForLine(const QString& pattern, int timeoutMs)
{
    const QRegularExpression expression(pattern);
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        drain();
        const qsizetype lastNewline = m_output.lastIndexOf(QLatin1Char('\n'));
        if (lastNewline >= m_searchedUpTo) {
            const QString fresh = m_output.mid(m_searchedUpTo, lastNewline - m_searchedUpTo);
            for (const QString& line : fresh.split(QLatin1Char('\n'))) {
                if (expression.match(line).hasMatch()) {
                    m_searchedUpTo = m_output.indexOf(line, m_searchedUpTo) + line.size();
                    return line;
                }
            }
            m_searchedUpTo = lastNewline + 1;
        }
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning)
            return {};
        m_process->waitForReadyRead(50);
    }
}

bool ExternalProcess::waitForFinished(int timeoutMs)
{
    const bool finished = m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    drain();
    if (!finished) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    return finished;
}

void ExternalProcess::terminate()
{
    m_process->terminate();
}

int ExternalProcess::exitCode() const
{
    return m_process->exitCode();
}

QProcess::ExitStatus ExternalProcess::exitStatus() const
{
    return m_process->exitStatus();
}

QString ExternalProcess::output()
{
    drain();
    return m_output;
}

int runProgram(const QString& program, const QStringList& arguments, int timeoutMs, QString* output)
{
    ExternalProcess process(program, arguments);
    if (!process.start())
        return -1;
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = process.output();
    if (!finished || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

QuicTestTls QuicTestTls::make(QString* error)
{
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, error);
    if (!credentials)
        return {};
    QuicTestTls tls;
    tls.caCertificatePem = credentials->caCertificatePem;
    tls.server = QuicTlsContext::forServer(*credentials, error);
    if (tls.server)
        tls.client =
            QuicTlsContext::forClient(credentials->caCertificatePem, QStringLiteral("localhost"), error);
    if (!tls.client)
        return {};
    return tls;
}

} // namespace protoviz::test
