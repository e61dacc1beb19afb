// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace parkett::printing {

/** A single-byte printer code page. Text is encoded character by character: what the table
    has is sent as is; anything else is transliterated (accents dropped, Cyrillic and a few
    letters spelt in Latin, typographic punctuation simplified) and, failing that, sent as
    '?'. Control characters never pass. */
class CodePage
{
public:
    /** \a icuName: "IBM850", "IBM858", "windows-1252", "IBM437". */
    explicit CodePage(const char *icuName);

    bool isValid() const { return !m_table.isEmpty(); }
    QByteArray encode(QStringView text) const;
    /** True when \a c has a byte of its own in this code page. */
    bool contains(QChar c) const { return c.unicode() < 0x80 || m_table.contains(c.unicode()); }

    /** The decoded text of \a bytes (for the FGL preview and tests). */
    QString decode(const QByteArray &bytes) const;

    static const CodePage &cp850();
    static const CodePage &cp858();
    static const CodePage &windows1252();

private:
    void encodeChar(char32_t c, QByteArray &out, int depth) const;
    QHash<char16_t, char> m_table; ///< upper half only
    QString m_upper;               ///< byte 0x80 + i decodes to m_upper[i]
};

} // namespace parkett::printing
