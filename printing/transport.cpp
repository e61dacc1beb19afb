// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/transport.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QUrl>

#include <cups/cups.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace parkett::printing {

namespace {

Error ioError(const QString &what)
{
    return makeError(ErrorCode::StorageFailure,
                     QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(errno))));
}

Result<void> writeAll(int fd, const QByteArray &bytes, const QString &what)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        pollfd p{fd, POLLOUT, 0};
        const int ready = ::poll(&p, 1, 10000);
        if (ready == 0)
            return makeError(ErrorCode::StorageFailure,
                             QStringLiteral("%1: the printer takes no more data").arg(what));
        if (ready < 0 && errno != EINTR)
            return ioError(what);
        const ssize_t n = ::send(fd,
                                 bytes.constData() + done,
                                 size_t(bytes.size() - done),
                                 MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK) {
            const ssize_t w = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (w < 0 && errno != EINTR && errno != EAGAIN)
                return ioError(what);
            done += std::max<ssize_t>(0, w);
            continue;
        }
        if (n < 0 && errno != EINTR && errno != EAGAIN)
            return ioError(what);
        done += std::max<ssize_t>(0, n);
    }
    return {};
}

Result<QByteArray> readSome(int fd, int timeoutMs, const QString &what, bool socket)
{
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, std::max(0, timeoutMs));
    if (ready < 0 && errno != EINTR)
        return ioError(what);
    if (ready <= 0)
        return QByteArray();
    char buffer[512];
    const ssize_t n = socket ? ::recv(fd, buffer, sizeof buffer, 0)
                             : ::read(fd, buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return QByteArray();
    if (n < 0)
        return ioError(what);
    if (n == 0 && socket)
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("%1: the printer closed the connection").arg(what));
    return QByteArray(buffer, n);
}

} // namespace

TcpTransport::TcpTransport(QString host, quint16 port, int connectTimeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
{}

TcpTransport::~TcpTransport()
{
    close();
}

QString TcpTransport::description() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

Result<void> TcpTransport::open()
{
    close();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = m_host.toUtf8();
    const QByteArray port = QByteArray::number(m_port);
    if (const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &found); rc != 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1: %2").arg(description(),
                                                      QString::fromLocal8Bit(gai_strerror(rc))));
    Error last = makeError(ErrorCode::StorageFailure,
                           QStringLiteral("%1: no address").arg(description()));
    for (addrinfo *a = found; a && m_fd < 0; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            continue;
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            rc = ::poll(&p, 1, m_connectTimeoutMs) == 1 ? 0 : -1;
            if (rc == 0) {
                int soError = 0;
                socklen_t len = sizeof soError;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                if (soError != 0) {
                    errno = soError;
                    rc = -1;
                }
            } else {
                errno = ETIMEDOUT;
            }
        }
        if (rc == 0) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            m_fd = fd;
        } else {
            last = ioError(QStringLiteral("cannot connect to %1").arg(description()));
            ::close(fd);
        }
    }
    ::freeaddrinfo(found);
    if (m_fd < 0)
        return last;
    return {};
}

void TcpTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Result<void> TcpTransport::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("%1 is not connected").arg(description()));
    return writeAll(m_fd, bytes, description());
}

Result<QByteArray> TcpTransport::read(int timeoutMs)
{
    if (m_fd < 0)
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("%1 is not connected").arg(description()));
    return readSome(m_fd, timeoutMs, description(), true);
}

DeviceFileTransport::DeviceFileTransport(QString path)
    : m_path(std::move(path))
{}

DeviceFileTransport::~DeviceFileTransport()
{
    close();
}

Result<void> DeviceFileTransport::open()
{
    close();
    const QByteArray path = m_path.toLocal8Bit();
    m_fd = ::open(path.constData(), O_RDWR | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    m_readable = m_fd >= 0;
    if (m_fd < 0 && (errno == EACCES || errno == EROFS))
        m_fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (m_fd < 0)
        return ioError(QStringLiteral("cannot open %1 (is the user in the group lp?)").arg(m_path));
    return {};
}

void DeviceFileTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Result<void> DeviceFileTransport::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("%1 is not open").arg(m_path));
    return writeAll(m_fd, bytes, m_path);
}

Result<QByteArray> DeviceFileTransport::read(int timeoutMs)
{
    if (m_fd < 0 || !m_readable)
        return QByteArray();
    return readSome(m_fd, timeoutMs, m_path, false);
}

CupsTransport::CupsTransport(QString queue, QString server)
    : m_queue(std::move(queue))
    , m_server(std::move(server))
{}

QString CupsTransport::description() const
{
    return QStringLiteral("cups://%1").arg(m_queue);
}

namespace {

/** A connection to the CUPS server (the default one when \a server is empty). */
http_t *connectCups(const QString &server)
{
    if (server.isEmpty())
        return httpConnect2(
            cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 5000, nullptr);
    const QUrl url(QStringLiteral("ipp://") + server);
    const QByteArray host = url.host().toUtf8();
    return httpConnect2(host.constData(),
                        url.port(631),
                        nullptr,
                        AF_UNSPEC,
                        HTTP_ENCRYPTION_IF_REQUESTED,
                        1,
                        5000,
                        nullptr);
}

Error cupsError(const QString &what)
{
    return makeError(ErrorCode::StorageFailure,
                     QStringLiteral("%1: %2").arg(what, QString::fromUtf8(cupsLastErrorString())));
}

QString jobStateName(int state)
{
    switch (state) {
    case IPP_JSTATE_PENDING:
        return QStringLiteral("pending");
    case IPP_JSTATE_HELD:
        return QStringLiteral("held");
    case IPP_JSTATE_PROCESSING:
        return QStringLiteral("processing");
    case IPP_JSTATE_STOPPED:
        return QStringLiteral("stopped");
    case IPP_JSTATE_CANCELED:
        return QStringLiteral("canceled");
    case IPP_JSTATE_ABORTED:
        return QStringLiteral("aborted");
    case IPP_JSTATE_COMPLETED:
        return QStringLiteral("completed");
    default:
        return QStringLiteral("unknown");
    }
}

} // namespace

Result<void> CupsTransport::open()
{
    http_t *http = connectCups(m_server);
    if (!http)
        return cupsError(QStringLiteral("cannot reach CUPS"));
    httpClose(http);
    return {};
}

Result<void> CupsTransport::write(const QByteArray &bytes)
{
    // libcups looks the queue up on its default server: point that at ours (as lp -h does).
    if (!m_server.isEmpty())
        cupsSetServer(m_server.toUtf8().constData());
    const QByteArray queue = m_queue.toUtf8();
    const int job = cupsCreateJob(CUPS_HTTP_DEFAULT,
                                  queue.constData(),
                                  "Parkett tickets",
                                  0,
                                  nullptr);
    if (job <= 0)
        return cupsError(QStringLiteral("cannot create a job on %1").arg(m_queue));
    if (cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), job, "tickets", CUPS_FORMAT_RAW, 1)
            != HTTP_STATUS_CONTINUE
        || cupsWriteRequestData(CUPS_HTTP_DEFAULT, bytes.constData(), size_t(bytes.size()))
               != HTTP_STATUS_CONTINUE) {
        cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData());
        return cupsError(QStringLiteral("cannot send to %1").arg(m_queue));
    }
    if (cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData()) > IPP_STATUS_OK_CONFLICTING)
        return cupsError(QStringLiteral("%1 refused the job").arg(m_queue));
    m_lastJob = job;
    return {};
}

Result<QString> CupsTransport::jobState(int job) const
{
    http_t *http = connectCups(m_server);
    if (!http)
        return cupsError(QStringLiteral("cannot reach CUPS"));
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = QStringLiteral("ipp://localhost/jobs/%1").arg(job).toUtf8();
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(
        request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ipp_t *response = cupsDoRequest(http, request, "/");
    httpClose(http);
    if (!response)
        return cupsError(QStringLiteral("cannot ask for job %1").arg(job));
    ipp_attribute_t *state = ippFindAttribute(response, "job-state", IPP_TAG_ENUM);
    const QString name = state ? jobStateName(ippGetInteger(state, 0)) : QStringLiteral("unknown");
    ippDelete(response);
    return name;
}

Result<QString> CupsTransport::waitForJob(int job, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        auto state = jobState(job);
        if (!state)
            return state;
        if (*state == u"completed" || *state == u"canceled" || *state == u"aborted"
            || *state == u"stopped" || deadline.hasExpired())
            return state;
        QThread::msleep(100);
    }
}

Result<QList<CupsPrinter>> cupsPrinters(const QString &server)
{
    http_t *http = server.isEmpty() ? CUPS_HTTP_DEFAULT : connectCups(server);
    if (!server.isEmpty() && !http)
        return cupsError(QStringLiteral("cannot reach CUPS at %1").arg(server));
    cups_dest_t *dests = nullptr;
    const int count = cupsGetDests2(http, &dests);
    QList<CupsPrinter> out;
    for (int i = 0; i < count; ++i) {
        const cups_dest_t &d = dests[i];
        CupsPrinter p;
        p.name = QString::fromUtf8(d.name);
        p.isDefault = d.is_default != 0;
        if (const char *v = cupsGetOption("printer-info", d.num_options, d.options))
            p.info = QString::fromUtf8(v);
        if (const char *v = cupsGetOption("device-uri", d.num_options, d.options))
            p.uri = QString::fromUtf8(v);
        if (const char *v = cupsGetOption("printer-state", d.num_options, d.options))
            p.state = QString::fromLatin1(v) == u"3"   ? QStringLiteral("idle")
                      : QString::fromLatin1(v) == u"4" ? QStringLiteral("processing")
                                                       : QStringLiteral("stopped");
        out.append(p);
    }
    cupsFreeDests(count, dests);
    if (http)
        httpClose(http);
    if (count == 0 && cupsLastError() > IPP_STATUS_OK_CONFLICTING
        && cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND)
        return cupsError(
            QStringLiteral("no CUPS server answers (%1)").arg(QString::fromUtf8(cupsServer())));
    return out;
}

Result<std::unique_ptr<PrinterTransport>> transportForUri(const QString &uri)
{
    const QUrl url(uri);
    const QString scheme = url.scheme();
    if (scheme == u"tcp" || scheme == u"socket") {
        if (url.host().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" names no host").arg(uri));
        return std::unique_ptr<PrinterTransport>(
            std::make_unique<TcpTransport>(url.host(), quint16(url.port(9100))));
    }
    if (scheme == u"file")
        return std::unique_ptr<PrinterTransport>(
            std::make_unique<DeviceFileTransport>(url.toLocalFile()));
    if (scheme == u"cups") {
        // Not url.host(): QUrl lower-cases it, and CUPS queue names keep their case.
        const QString queue = uri.mid(7).section(QLatin1Char('/'), 0, 0);
        return std::unique_ptr<PrinterTransport>(std::make_unique<CupsTransport>(queue));
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("printer address \"%1\" is not tcp://HOST:PORT, "
                                    "file:///dev/usb/lpN or cups://QUEUE")
                         .arg(uri));
}

} // namespace parkett::printing
