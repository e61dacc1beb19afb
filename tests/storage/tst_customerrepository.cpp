// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerrepository.h"
#include "testdb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_CustomerRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void addValidatesAndNormalises();
    void updateKeepsIndexInStep();
    void matchExpressionIsSafe_data();
    void matchExpressionIsSafe();
    void longWordsAnswerAsThePlainPrefixQuery_data();
    void longWordsAnswerAsThePlainPrefixQuery();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_longWords; ///< 30 Kovalev, then 12 Kovalenko
};

void tst_CustomerRepository::initTestCase()
{
    m_db = openOrFail(m_dir.filePath(u"customers.sqlite"_s));
    QVERIFY(m_db);
    CustomerRepository repo(*m_db);
    auto person =
        [](const QString &first, const QString &last, const QString &email, const QString &phone) {
            Customer c;
            c.firstName = first;
            c.lastName = last;
            c.email = email;
            c.phone = phone;
            return c;
        };
    const QList<Customer> people = {
        person(u"Anna"_s, u"Jensen"_s, u"anna.jensen@example.com"_s, u"+45 20 30 40 50"_s),
        person(u"Jens"_s, u"Berg"_s, u"jb@firma.example"_s, u"+47 912 34 567"_s),
        person(u"Sofie"_s, u"Sørensen"_s, u"sofie@example.org"_s, u"+4561616161"_s),
        person(u"Olena"_s, u"Kovalenko"_s, u"olena.k@example.com"_s, u"+380 44 123 45 67"_s),
        person(u"Jürgen"_s, u"Müller"_s, u"jm@example.de"_s, QString()),
    };
    for (const Customer &c : people)
        QVERIFY(repo.add(c));
}

void tst_CustomerRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lastNames");
    QTest::newRow("surname prefix")
        << u"jens"_s << QStringList{u"Berg"_s, u"Jensen"_s}; // Jens Berg, Anna Jensen
    QTest::newRow("two words") << u"anna jen"_s << QStringList{u"Jensen"_s};
    QTest::newRow("word and one letter") << u"anna j"_s << QStringList{u"Jensen"_s};
    QTest::newRow("word and wrong letter") << u"anna x"_s << QStringList{};
    QTest::newRow("case and accents") << u"SØREN"_s << QStringList{u"Sørensen"_s};
    QTest::newRow("diacritics folded") << u"muller"_s << QStringList{u"Müller"_s};
    QTest::newRow("e-mail prefix") << u"olena.k@ex"_s << QStringList{u"Kovalenko"_s};
    QTest::newRow("e-mail domain") << u"firma"_s << QStringList{u"Berg"_s};
    QTest::newRow("phone national") << u"2030"_s << QStringList{u"Jensen"_s};
    QTest::newRow("phone spaced") << u"20 30 40"_s << QStringList{u"Jensen"_s};
    QTest::newRow("phone international") << u"+47 912"_s << QStringList{u"Berg"_s};
    QTest::newRow("phone 00") << u"0047912"_s << QStringList{u"Berg"_s};
    QTest::newRow("phone three-digit country") << u"441234"_s << QStringList{u"Kovalenko"_s};
    QTest::newRow("customer number") << u"C-000003"_s << QStringList{u"Sørensen"_s};
    QTest::newRow("long word") << u"kovalenko"_s << QStringList{u"Kovalenko"_s};
    QTest::newRow("long word, last letter differs") << u"kovalenkx"_s << QStringList{};
    QTest::newRow("long word with accent") << u"SØRENSEN"_s << QStringList{u"Sørensen"_s};
    QTest::newRow("words from name and e-mail")
        << u"olena.kovalenko"_s << QStringList{u"Kovalenko"_s};
    QTest::newRow("second long word differs") << u"olena.kovalenkx"_s << QStringList{};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{};
    QTest::newRow("empty") << u"   "_s << QStringList{};
}

void tst_CustomerRepository::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lastNames);
    const auto found = CustomerRepository(*m_db).search(text);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QStringList names;
    for (const Customer &c : *found)
        names.append(c.lastName);
    QCOMPARE(names, lastNames);
}

void tst_CustomerRepository::addValidatesAndNormalises()
{
    CustomerRepository repo(*m_db);
    Customer bad;
    bad.lastName = u"Holm"_s;
    bad.email = u"holm@"_s;
    QVERIFY(!repo.add(bad));
    Customer ok;
    ok.firstName = u"Ida"_s;
    ok.lastName = u"Holm"_s;
    ok.phone = u"0045 61 62 63 64"_s;
    const auto id = repo.add(ok);
    QVERIFY(id);
    const auto stored = repo.customer(*id);
    QCOMPARE(stored->phone, u"+4561626364"_s);
    QVERIFY(stored->number.startsWith(u"C-"_s));
    QCOMPARE(repo.byNumber(stored->number)->id, *id);
    QCOMPARE(repo.customer(CustomerId(99999)).error().code, ErrorCode::NotFound);
}

void tst_CustomerRepository::updateKeepsIndexInStep()
{
    CustomerRepository repo(*m_db);
    Customer c = repo.search(u"kovalenko"_s)->first();
    c.lastName = u"Tkachenko"_s;
    c.email = u"olena.t@example.com"_s;
    QVERIFY(repo.update(c));
    QVERIFY(repo.search(u"kovalenko"_s)->isEmpty());
    QVERIFY(repo.search(u"olena.k"_s)->isEmpty());
    QCOMPARE(repo.search(u"tkach"_s)->size(), 1);
    QCOMPARE(repo.search(u"olena.t"_s)->size(), 1);
    QVERIFY(m_db->exec(u"DELETE FROM customers WHERE id = ?"_s, {c.id.value}));
    QVERIFY(repo.search(u"tkach"_s)->isEmpty());
}

void tst_CustomerRepository::matchExpressionIsSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << u"O\"Brien"_s;
    QTest::newRow("fts syntax") << u"NEAR(a b) OR c*"_s;
    QTest::newRow("column filter") << u"email:foo"_s;
    QTest::newRow("parens") << u"((("_s;
    QTest::newRow("minus") << u"-jensen"_s;
}

void tst_CustomerRepository::matchExpressionIsSafe()
{
    QFETCH(QString, text);
    const auto found = CustomerRepository(*m_db).search(text);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
}

void tst_CustomerRepository::longWordsAnswerAsThePlainPrefixQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    // The first candidates of "kovale" are all Kovalev: the quick try finds no Kovalenko
    // among them and the vocabulary answers.
    QTest::newRow("rare after common, few asked") << u"kovalen"_s << 5 << 5;
    QTest::newRow("rare after common, all asked") << u"kovalenk"_s << 40 << 12;
    // Common word: the quick try's first candidates are the answer.
    QTest::newRow("common word") << u"kovalev"_s << 5 << 5;
    QTest::newRow("common word, more than there are") << u"kovalev"_s << 50 << 30;
    QTest::newRow("two long words") << u"mathias kovalev"_s << 3 << 3;
    QTest::newRow("long e-mail word with digits") << u"kovalev17"_s << 10 << 1;
    QTest::newRow("long e-mail word, many digits") << u"kovalev1"_s << 5 << 5;
    QTest::newRow("digits only, long") << u"kovalev 1234567"_s << 5 << 0;
    // A word of letters tried quickly next to an e-mail word with digits from the vocabulary.
    QTest::newRow("letters and digits, full answer") << u"mathias kovalev1"_s << 3 << 3;
    QTest::newRow("letters and digits, fewer than asked") << u"mathias kovalev1"_s << 5 << 3;
    QTest::newRow("letters and an impossible word") << u"mathias kovalev9x"_s << 5 << 0;
}

void tst_CustomerRepository::longWordsAnswerAsThePlainPrefixQuery()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(int, expected);
    std::unique_ptr<Database> &db = m_longWords;
    if (!db) {
        db = openOrFail(m_dir.filePath(u"long-words.sqlite"_s));
        QVERIFY(db);
        CustomerRepository repo(*db);
        const QStringList first{u"Mathias"_s, u"Anna"_s, u"Olena"_s};
        for (int i = 0; i < 42; ++i) {
            Customer c;
            c.firstName = first.at(i % 3);
            c.lastName = i < 30 ? u"Kovalev"_s : u"Kovalenko"_s;
            c.email = u"%1.%2%3@example.com"_s.arg(c.firstName.toLower(), c.lastName.toLower())
                          .arg(i);
            QVERIFY(repo.add(c));
        }
    }
    // Every path of the search answers with the first matches of the plain prefix query.
    const auto found = CustomerRepository(*db).searchNames(text, limit);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QList<qint64> ids;
    for (const Customer &c : *found)
        ids.append(c.id.value);
    std::sort(ids.begin(), ids.end());
    QList<qint64> plain;
    auto q = db->exec(u"SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?"
                      " ORDER BY rowid LIMIT ?"_s,
                      {CustomerRepository::matchExpression(text), limit});
    QVERIFY(q);
    while (q->next())
        plain.append(q->value(0).toLongLong());
    QCOMPARE(ids, plain);
    QCOMPARE(ids.size(), expected);
}

QTEST_GUILESS_MAIN(tst_CustomerRepository)
#include "tst_customerrepository.moc"
