// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QTest>

namespace parkett::test {

/** The printer emulator as a child process on 127.0.0.1, stopped on destruction. */
class EmulatorProcess
{
public:
    EmulatorProcess() = default;
    ~EmulatorProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

    bool start(const QString &language, const QString &outDir, const QStringList &extra = {})
    {
        const QString program = qEnvironmentVariable("PARKETT_PRINTER_EMULATOR");
        m_outDir = outDir;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program,
                        QStringList{QStringLiteral("--language"),
                                    language,
                                    QStringLiteral("--out"),
                                    outDir}
                            + extra);
        if (!m_process.waitForStarted(5000))
            return false;
        const QByteArray line = waitForLine("listening");
        if (line.isEmpty())
            return false;
        m_port = quint16(line.trimmed().split(' ').last().toUInt());
        return m_port != 0;
    }

    quint16 port() const { return m_port; }

    /** Sends a control line (paper-out, jam, offline, reload) and waits until it is done. */
    bool control(const QByteArray &command)
    {
        m_process.write(command + '\n');
        return !waitForLine("state " + command).isEmpty();
    }

    /** The tickets stored so far, in print order. */
    QList<QByteArray> printed() const
    {
        QList<QByteArray> out;
        const QDir dir(m_outDir);
        for (const QString &name :
             dir.entryList({QStringLiteral("ticket-*")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out.append(f.readAll());
        }
        return out;
    }

    /** Waits for an output line starting with \a prefix; returns it, or empty on timeout. */
    QByteArray waitForLine(const QByteArray &prefix, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                m_log.append(line);
                if (line.startsWith(prefix))
                    return line;
            }
            m_process.waitForReadyRead(50);
        }
        return {};
    }

    QByteArray log() const { return m_log; }

private:
    QProcess m_process;
    QString m_outDir;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace parkett::test
