// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/codepage.h"

#include <QStringDecoder>

namespace parkett::printing {

namespace {

/** Latin spellings for letters that have no decomposition into a base letter. */
const char *latinFor(char32_t c)
{
    switch (c) {
    // Cyrillic (Ukrainian and Russian letters, a passport-style romanisation).
    case U'А':
        return "A";
    case U'Б':
        return "B";
    case U'В':
        return "V";
    case U'Г':
        return "H";
    case U'Ґ':
        return "G";
    case U'Д':
        return "D";
    case U'Е':
        return "E";
    case U'Є':
        return "Ye";
    case U'Ж':
        return "Zh";
    case U'З':
        return "Z";
    case U'И':
        return "Y";
    case U'І':
        return "I";
    case U'Ї':
        return "Yi";
    case U'Й':
        return "Y";
    case U'К':
        return "K";
    case U'Л':
        return "L";
    case U'М':
        return "M";
    case U'Н':
        return "N";
    case U'О':
        return "O";
    case U'П':
        return "P";
    case U'Р':
        return "R";
    case U'С':
        return "S";
    case U'Т':
        return "T";
    case U'У':
        return "U";
    case U'Ф':
        return "F";
    case U'Х':
        return "Kh";
    case U'Ц':
        return "Ts";
    case U'Ч':
        return "Ch";
    case U'Ш':
        return "Sh";
    case U'Щ':
        return "Shch";
    case U'Ь':
        return "";
    case U'Ю':
        return "Yu";
    case U'Я':
        return "Ya";
    case U'Ы':
        return "Y";
    case U'Э':
        return "E";
    case U'Ъ':
        return "";
    case U'Ё':
        return "Yo";
    case U'а':
        return "a";
    case U'б':
        return "b";
    case U'в':
        return "v";
    case U'г':
        return "h";
    case U'ґ':
        return "g";
    case U'д':
        return "d";
    case U'е':
        return "e";
    case U'є':
        return "ie";
    case U'ж':
        return "zh";
    case U'з':
        return "z";
    case U'и':
        return "y";
    case U'і':
        return "i";
    case U'ї':
        return "i";
    case U'й':
        return "i";
    case U'к':
        return "k";
    case U'л':
        return "l";
    case U'м':
        return "m";
    case U'н':
        return "n";
    case U'о':
        return "o";
    case U'п':
        return "p";
    case U'р':
        return "r";
    case U'с':
        return "s";
    case U'т':
        return "t";
    case U'у':
        return "u";
    case U'ф':
        return "f";
    case U'х':
        return "kh";
    case U'ц':
        return "ts";
    case U'ч':
        return "ch";
    case U'ш':
        return "sh";
    case U'щ':
        return "shch";
    case U'ь':
        return "";
    case U'ю':
        return "iu";
    case U'я':
        return "ia";
    case U'ы':
        return "y";
    case U'э':
        return "e";
    case U'ъ':
        return "";
    case U'ё':
        return "e";
    // Latin letters without a decomposition.
    case U'Ł':
        return "L";
    case U'ł':
        return "l";
    case U'Đ':
        return "D";
    case U'đ':
        return "d";
    case U'Ø':
        return "O";
    case U'ø':
        return "o";
    case U'Æ':
        return "AE";
    case U'æ':
        return "ae";
    case U'Œ':
        return "OE";
    case U'œ':
        return "oe";
    case U'ß':
        return "ss";
    case U'Þ':
        return "Th";
    case U'þ':
        return "th";
    case U'ı':
        return "i";
    // Punctuation.
    case U'‘':
    case U'’':
    case U'‚':
        return "'";
    case U'“':
    case U'”':
    case U'„':
        return "\"";
    case U'–':
    case U'—':
    case U'−':
        return "-";
    case U'…':
        return "...";
    case U'·':
    case U'•':
        return "-";
    case U'€':
        return "EUR";
    case U'\u00a0':
    case U'\u202f':
    case U'\u2009':
        return " ";
    default:
        return nullptr;
    }
}

} // namespace

CodePage::CodePage(const char *icuName)
{
    QStringDecoder decoder(icuName);
    if (!decoder.isValid())
        return;
    QByteArray upper;
    for (int b = 0x80; b <= 0xff; ++b)
        upper.append(char(b));
    m_upper = decoder.decode(upper);
    if (m_upper.size() != 128) {
        m_upper.clear();
        return;
    }
    for (int i = 0; i < 128; ++i) {
        const char16_t c = m_upper.at(i).unicode();
        // Box-drawing and other symbols map too; only real characters (not replacements).
        if (c != 0xfffd && c >= 0xa0)
            m_table.insert(c, char(0x80 + i));
    }
}

void CodePage::encodeChar(char32_t c, QByteArray &out, int depth) const
{
    if (c < 0x20 || c == 0x7f)
        return; // never a control character inside text
    if (c < 0x80) {
        out.append(char(c));
        return;
    }
    if (c <= 0xffff) {
        if (auto it = m_table.constFind(char16_t(c)); it != m_table.constEnd()) {
            out.append(*it);
            return;
        }
    }
    if (const char *latin = latinFor(c)) {
        // A spelling may itself need the table (the euro sign on a page without it).
        out.append(latin);
        return;
    }
    if (depth == 0) {
        const QString original = QString::fromUcs4(&c, 1);
        const QString decomposed = original.normalized(QString::NormalizationForm_KD);
        if (!decomposed.isEmpty() && decomposed != original) {
            for (const char32_t d : decomposed.toUcs4()) {
                if (QChar::isMark(d))
                    continue;
                encodeChar(d, out, depth + 1);
            }
            return;
        }
    }
    out.append('?');
}

QByteArray CodePage::encode(QStringView text) const
{
    QByteArray out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        encodeChar(c, out, 0);
    return out;
}

QString CodePage::decode(const QByteArray &bytes) const
{
    QString s;
    s.reserve(bytes.size());
    for (const char b : bytes) {
        const auto u = quint8(b);
        s.append(u < 0x80 ? QChar(char16_t(u)) : m_upper.at(u - 0x80));
    }
    return s;
}

const CodePage &CodePage::cp850()
{
    static const CodePage page("IBM850");
    return page;
}

const CodePage &CodePage::cp858()
{
    static const CodePage page("IBM858");
    return page;
}

const CodePage &CodePage::windows1252()
{
    static const CodePage page("windows-1252");
    return page;
}

} // namespace parkett::printing
