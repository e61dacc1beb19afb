// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace parkett::server {

class Api;

/** The HTTP/1.1 transport (Boost.Beast, asynchronous): accepts connections on one address,
    reads requests with a 1 MiB body limit and 30 s idle timeout, hands them to the Api and
    writes its replies back, keeping connections alive. Runs on the threads that call run(). */
class HttpServer
{
public:
    HttpServer(Api &api, const QString &address, quint16 port);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /** Binds; false with error() when the address is taken or invalid. */
    bool listen();
    QString error() const;
    quint16 port() const;

    /** Runs the event loop on \a threads threads until stop(); returns when they are done. */
    void run(int threads);
    /** Stops accepting, waits up to \a graceMs for requests in flight, then stops the loop. */
    void stop(int graceMs);
    /** Called (on an io thread) when SIGINT or SIGTERM arrives; stop() is up to the caller. */
    void onSignal(std::function<void(int)> handler);
    /** Requests being handled right now. */
    int inFlight() const;
    /** Lets the thread that wrote an answer wait up to \a budget for the connection's next
        request, and read it, while \a allowed says a core is free: the request then goes to
        the database without an I/O thread's wake-up. Off by default. */
    void setBusyWait(std::chrono::microseconds budget, std::function<bool()> allowed);

    struct Private; ///< the Beast side, opaque here so that only http.cpp compiles Boost

private:
    std::unique_ptr<Private> d;
};

} // namespace parkett::server
