// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http.h"

#include "server/api.h"
#include "server/log.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <chrono>
#include <thread>
#include <vector>

#include <sched.h>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace parkett::server {

namespace {

constexpr std::uint64_t kBodyLimit = 1 << 20;
constexpr auto kIdleTimeout = std::chrono::seconds(30);
/// Answers up to this size are written by the thread that made them; larger ones (a
/// snapshot) go through the I/O threads, so that a slow reader never holds a database thread.
constexpr qsizetype kDirectReplyLimit = 64 * 1024;

QByteArray field(const http::request<http::string_body> &request, std::string_view name)
{
    const auto it = request.find(name);
    if (it == request.end())
        return {};
    return QByteArray(it->value().data(), qsizetype(it->value().size()));
}

} // namespace

struct HttpServer::Private
{
    Api &api;
    QString address;
    quint16 port = 0;
    net::io_context io;
    tcp::acceptor acceptor{io};
    net::signal_set signals{io, SIGINT, SIGTERM};
    std::function<void(int)> signalHandler;
    QString error;
    std::atomic<int> inFlight{0};
    std::atomic<bool> stopping{false};
    std::chrono::microseconds busyWait{0};
    std::function<bool()> busyWaitAllowed;

    Private(Api &a, QString addr, quint16 p)
        : api(a)
        , address(std::move(addr))
        , port(p)
    {}

    void accept();
    /** Stops the loop once no request is in flight or the deadline passed. */
    void drain(std::shared_ptr<net::steady_timer> timer,
               std::chrono::steady_clock::time_point deadline)
    {
        if (inFlight == 0 || std::chrono::steady_clock::now() >= deadline) {
            io.stop();
            return;
        }
        timer->expires_after(std::chrono::milliseconds(20));
        timer->async_wait([this, timer, deadline](beast::error_code) { drain(timer, deadline); });
    }
};

namespace {

class HttpConnection : public std::enable_shared_from_this<HttpConnection>
{
public:
    HttpConnection(tcp::socket socket, HttpServer::Private &server)
        : m_stream(std::move(socket))
        , m_server(server)
    {}

    void start()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->read(); });
    }

private:
    void read()
    {
        if (m_server.stopping) {
            close();
            return;
        }
        newParser();
        continueRead();
    }

    void newParser()
    {
        m_parser.emplace();
        m_parser->body_limit(kBodyLimit);
        m_parser->header_limit(16 * 1024);
    }

    /** Reads (the rest of) a request into the current parser, on the I/O threads. */
    void continueRead()
    {
        m_stream.expires_after(kIdleTimeout);
        http::async_read(m_stream,
                         m_buffer,
                         *m_parser,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) {
                             self->onRead(ec);
                         });
    }

    void onRead(beast::error_code ec)
    {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout
            || ec == net::error::connection_reset || ec == net::error::operation_aborted) {
            close();
            return;
        }
        if (ec == http::error::body_limit) {
            // Answer, then read and drop what the client is still sending (up to a limit), so
            // that it gets to read the answer instead of a reset connection.
            m_draining = true;
            respond(413,
                    R"({"error":{"code":"too_large","message":"the body is larger than 1 MiB"}})",
                    false,
                    11,
                    false);
            return;
        }
        if (ec) {
            respond(400,
                    R"({"error":{"code":"bad_request","message":"the request is not valid HTTP"}})",
                    false,
                    11,
                    false);
            return;
        }
        const auto &request = m_parser->get();
        HttpRequest r;
        r.method = QByteArray(request.method_string().data(),
                              qsizetype(request.method_string().size()));
        r.target = QByteArray(request.target().data(), qsizetype(request.target().size()));
        r.body = QByteArray(request.body().data(), qsizetype(request.body().size()));
        r.authorization = field(request, "Authorization");
        r.operationId = field(request, "Operation-Id");
        const bool keepAlive = request.keep_alive();
        const unsigned version = request.version();
        ++m_server.inFlight;
        // A long poll may wait a minute: the idle timer must not cut it.
        m_stream.expires_never();
        m_server.api.handle(std::move(r),
                            [self = shared_from_this(), keepAlive, version](Reply reply) {
                                if (reply.body.size() <= kDirectReplyLimit) {
                                    self->respondHere(std::move(reply), keepAlive, version);
                                    return;
                                }
                                net::post(self->m_stream.get_executor(),
                                          [self, keepAlive, version, reply = std::move(reply)] {
                                              --self->m_server.inFlight;
                                              self->respond(reply.status,
                                                            std::string(reply.body.constData(),
                                                                        size_t(reply.body.size())),
                                                            keepAlive,
                                                            version,
                                                            reply.replayed);
                                          });
                            });
    }

    /** Writes a small answer on the thread that has it (a database thread), instead of
        handing it to an I/O thread first, and starts the next read there too: two thread
        wake-ups less per request. Safe because nothing else runs on the connection while its
        request is being answered: no operation of it is pending, and the read's completion
        runs on the connection's strand like any other. The write never blocks: whatever the
        socket does not take at once is written by the I/O threads, under the idle timeout,
        so a client that does not read cannot hold a database thread. */
    void respondHere(Reply reply, bool keepAlive, unsigned version)
    {
        auto response = std::make_shared<http::response<http::string_body>>(
            http::int_to_status(unsigned(reply.status)), version);
        fillResponse(*response,
                     std::string(reply.body.constData(), size_t(reply.body.size())),
                     keepAlive,
                     reply.replayed);
        auto serializer = std::make_shared<http::response_serializer<http::string_body>>(*response);
        beast::error_code ec;
        beast::error_code ignored;
        m_stream.socket().non_blocking(true, ignored);
        http::write(m_stream.socket(), *serializer, ec);
        m_stream.socket().non_blocking(false, ignored);
        --m_server.inFlight;
        if (ec == net::error::would_block) {
            net::post(m_stream.get_executor(), [self = shared_from_this(), response, serializer] {
                self->m_stream.expires_after(kIdleTimeout);
                http::async_write(self->m_stream,
                                  *serializer,
                                  [self, response, serializer](beast::error_code e, std::size_t) {
                                      self->afterWrite(e, response->keep_alive());
                                  });
            });
            return;
        }
        // The next read (or the close) from here: handing it to an I/O thread cost a wake-up
        // per request (bench_server at one client: 76.9 % of the raw rate against 80.9 % in
        // six alternating pairs, docs/benchmarks.md).
        if (!ec && response->keep_alive() && !m_draining && readHere())
            return;
        afterWrite(ec, response->keep_alive());
    }

    /** While a core is free, waits briefly on this (database) thread for the client's next
        request and reads it here, so that it reaches the database without an I/O thread
        waking up for it. True when it took over the connection: the request was handled
        here, or the rest of it is being read by the I/O threads. False when nothing came in
        time; the caller starts the usual read. */
    bool readHere()
    {
        // Not from inside a request read here: an answer given at once (a refusal without
        // the database) would otherwise read the next request within this call, and a
        // client sending such requests back to back would grow this thread's stack.
        thread_local bool reading = false;
        if (reading || m_server.busyWait.count() <= 0 || !m_server.busyWaitAllowed
            || m_server.stopping || !m_server.busyWaitAllowed())
            return false;
        auto &socket = m_stream.socket();
        beast::error_code ec;
        const auto deadline = std::chrono::steady_clock::now() + m_server.busyWait;
        while (m_buffer.size() == 0 && socket.available(ec) == 0) {
            if (ec || std::chrono::steady_clock::now() >= deadline || !m_server.busyWaitAllowed())
                return false;
            sched_yield();
        }
        newParser();
        beast::error_code ignored;
        socket.non_blocking(true, ignored);
        http::read(socket, m_buffer, *m_parser, ec);
        socket.non_blocking(false, ignored);
        if (ec == net::error::would_block) {
            // Part of it is here: the I/O threads read the rest into the same parser.
            net::post(m_stream.get_executor(),
                      [self = shared_from_this()] { self->continueRead(); });
            return true;
        }
        struct Reading
        {
            Reading() { reading = true; }
            ~Reading() { reading = false; }
        } scope;
        onRead(ec);
        return true;
    }

    void afterWrite(beast::error_code ec, bool keepAlive)
    {
        if (!ec && m_draining) {
            drain(0);
            return;
        }
        if (ec || !keepAlive) {
            close();
            return;
        }
        read();
    }

    void fillResponse(http::response<http::string_body> &response,
                      std::string body,
                      bool keepAlive,
                      bool replayed)
    {
        response.set(http::field::server, "parkett-server/" PARKETT_VERSION);
        if (!body.empty())
            response.set(http::field::content_type, "application/json");
        if (replayed)
            response.set("Operation-Replayed", "true");
        response.keep_alive(keepAlive && !m_server.stopping);
        response.body() = std::move(body);
        response.prepare_payload();
    }

    void respond(int status, std::string body, bool keepAlive, unsigned version, bool replayed)
    {
        auto response = std::make_shared<http::response<http::string_body>>(http::int_to_status(
                                                                                unsigned(status)),
                                                                            version);
        fillResponse(*response, std::move(body), keepAlive, replayed);
        m_stream.expires_after(kIdleTimeout);
        http::async_write(m_stream,
                          *response,
                          [self = shared_from_this(), response](beast::error_code ec, std::size_t) {
                              self->afterWrite(ec, response->keep_alive());
                          });
    }

    /** Discards the rest of a refused upload: at most 64 MiB or until the idle timeout. */
    void drain(std::size_t dropped)
    {
        if (dropped > (64u << 20)) {
            close();
            return;
        }
        m_stream.expires_after(std::chrono::seconds(5));
        m_stream.async_read_some(net::buffer(m_discard),
                                 [self = shared_from_this(), dropped](beast::error_code ec,
                                                                      std::size_t n) {
                                     if (ec) {
                                         self->close();
                                         return;
                                     }
                                     self->drain(dropped + n);
                                 });
    }

    void close()
    {
        beast::error_code ec;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        m_stream.socket().close(ec);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpServer::Private &m_server;
    bool m_draining = false;
    std::array<char, 16384> m_discard{};
};

} // namespace

void HttpServer::Private::accept()
{
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
        if (ec) {
            if (ec != net::error::operation_aborted && acceptor.is_open())
                accept();
            return;
        }
        socket.set_option(tcp::no_delay(true), ec);
        std::make_shared<HttpConnection>(std::move(socket), *this)->start();
        accept();
    });
}

HttpServer::HttpServer(Api &api, const QString &address, quint16 port)
    : d(std::make_unique<Private>(api, address, port))
{}

HttpServer::~HttpServer() = default;

bool HttpServer::listen()
{
    beast::error_code ec;
    const auto address = net::ip::make_address(d->address.toStdString(), ec);
    if (ec) {
        d->error = QStringLiteral("%1 is not an IP address").arg(d->address);
        return false;
    }
    const tcp::endpoint endpoint(address, d->port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        d->error = QStringLiteral("cannot listen on %1:%2: %3")
                       .arg(d->address)
                       .arg(d->port)
                       .arg(QString::fromStdString(ec.message()));
        return false;
    }
    d->port = d->acceptor.local_endpoint().port();
    d->accept();
    d->signals.async_wait([this](beast::error_code waitError, int signal) {
        if (!waitError && d->signalHandler)
            d->signalHandler(signal);
    });
    return true;
}

QString HttpServer::error() const
{
    return d->error;
}

quint16 HttpServer::port() const
{
    return d->port;
}

void HttpServer::onSignal(std::function<void(int)> handler)
{
    d->signalHandler = std::move(handler);
}

int HttpServer::inFlight() const
{
    return d->inFlight;
}

void HttpServer::setBusyWait(std::chrono::microseconds budget, std::function<bool()> allowed)
{
    d->busyWait = budget;
    d->busyWaitAllowed = std::move(allowed);
}

void HttpServer::run(int threads)
{
    std::vector<std::thread> extra;
    for (int i = 1; i < threads; ++i)
        extra.emplace_back([this] { d->io.run(); });
    d->io.run();
    for (std::thread &t : extra)
        t.join();
}

void HttpServer::stop(int graceMs)
{
    net::post(d->io, [this, graceMs] {
        d->stopping = true;
        beast::error_code ec;
        d->acceptor.close(ec);
        d->signals.cancel(ec);
        d->drain(std::make_shared<net::steady_timer>(d->io),
                 std::chrono::steady_clock::now() + std::chrono::milliseconds(graceMs));
    });
}

} // namespace parkett::server
