#include "core/session/sessionrunner.h"

#include "core/tls/tlsthreadstate.h"

#include <QThread>

namespace protoviz {

SessionRunner::SessionRunner(SessionWorkerFactory factory, Timeline* timeline, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_timeline(timeline)
{
}

SessionRunner::~SessionRunner()
{
    if (!m_thread)
        return;
    if (m_running)
        cancel();
    stopThread();
}

void SessionRunner::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("protoviz-session"));
    // The worker is made on the session thread so that every socket and timer it creates lives there.
    QObject* anchor = new QObject;
    anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    m_anchor = anchor;
    m_thread->start();
    QMetaObject::invokeMethod(anchor, [this, anchor] {
        SessionWorker* worker = m_factory(m_timeline);
        worker->setParent(anchor);
        connect(worker, &SessionWorker::finished, this, &SessionRunner::onWorkerFinished,
                Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            this, [this, worker] { m_worker = worker; }, Qt::QueuedConnection);
        worker->start();
        if (m_cancelRequested.load())
            worker->cancel();
    });
}

void SessionRunner::cancel()
{
    if (!m_running)
        return;
    // The worker may not have been created yet; it checks the flag right after it is.
    m_cancelRequested.store(true);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SessionWorker::cancel);
}

void SessionRunner::onWorkerFinished(SessionOutcome outcome, const QString& reason)
{
    if (!m_running)
        return;
    m_outcome = outcome;
    m_reason = reason;
    stopThread();
    m_running = false;
    emit finished(outcome, reason);
}

void SessionRunner::stopThread()
{
    if (!m_thread)
        return;
    // The worker and everything it made are destroyed on their own thread; only then is the thread's
    // TLS state freed (destroying TLS objects would create it anew) and the thread ended.
    QMetaObject::invokeMethod(m_anchor, [anchor = m_anchor] {
        qDeleteAll(anchor->children());
        releaseTlsThreadState();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_anchor = nullptr;
}

} // namespace protoviz
