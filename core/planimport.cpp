// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planimport.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace parkett {

using namespace Qt::StringLiterals;

namespace {

Error parseError(const QString &path, const QString &what)
{
    return makeError(ErrorCode::ParseError, path.isEmpty() ? what : u"%1: %2"_s.arg(path, what));
}

Result<QJsonObject> parseRoot(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        const qsizetype end = std::min<qsizetype>(pe.offset, json.size());
        for (qsizetype i = 0; i < end; ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return makeError(ErrorCode::ParseError,
                         u"malformed JSON at byte %1 (line %2, column %3): %4"_s.arg(pe.offset)
                             .arg(line)
                             .arg(column)
                             .arg(pe.errorString()));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::ParseError, u"the file is not a JSON object"_s);
    return doc.object();
}

QRectF boundsOf(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (QPointF p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QJsonObject xyJson(QPointF p)
{
    return QJsonObject{{u"x"_s, p.x()}, {u"y"_s, p.y()}};
}

/** Fits a row's angle (first to last seat) and curve (sagitta of the parabola that
    SeatPlan::rowGeometry() draws) to imported seat positions, least squares over inner seats. */
void fitRow(const QList<QPointF> &points, double &angle, double &curve)
{
    angle = 0;
    curve = 0;
    if (points.size() < 2)
        return;
    const QPointF d = points.last() - points.first();
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-9)
        return;
    const double rad = std::atan2(d.y(), d.x());
    const double c = std::cos(rad);
    const double s = std::sin(rad);
    double num = 0;
    double den = 0;
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF p = points.at(i) - points.first();
        const double lx = p.x() * c + p.y() * s;
        const double ly = -p.x() * s + p.y() * c;
        const double t = lx / length * 2 - 1;
        const double w = 1 - t * t;
        num += w * ly;
        den += w * w;
    }
    angle = rad * 180.0 / std::numbers::pi;
    // Coordinates written by editors carry float noise (1e-13); a row that is straight to
    // within a millionth of its length is straight.
    if (std::abs(angle) < 1e-9)
        angle = 0;
    if (den > 0)
        curve = num / den;
    if (std::abs(curve) < 1e-6 * length)
        curve = 0;
}

/** State shared by the importers: the plan being built, the report, the first hard error,
    the extras store and the register of external ids. */
class ImportContext
{
public:
    SeatPlan plan;
    QStringList report;
    std::optional<Error> error;

    bool failed() const { return error.has_value(); }

    void fail(const QString &path, const QString &what)
    {
        if (!error)
            error = parseError(path, what);
    }

    void note(const QString &path, const QString &what)
    {
        report.append(path.isEmpty() ? what : u"%1: %2"_s.arg(path, what));
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, u"expected an object"_s);
            return {};
        }
        return v.toObject();
    }

    /** An optional array: missing or null is empty, anything else but an array fails. */
    QJsonArray array(const QJsonObject &o,
                     const QString &key,
                     const QString &path,
                     bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, u"missing \"%1\""_s.arg(key));
            return {};
        }
        if (!v.isArray()) {
            fail(join(path, key), u"expected an array"_s);
            return {};
        }
        return v.toArray();
    }

    double number(const QJsonObject &o, const QString &key, const QString &path, double fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble()) {
            fail(join(path, key), u"expected a number"_s);
            return fallback;
        }
        return v.toDouble();
    }

    double requiredNumber(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (!o.contains(key) || o.value(key).isNull()) {
            fail(path, u"missing \"%1\""_s.arg(key));
            return 0;
        }
        return number(o, key, path);
    }

    /** Strings; numbers are taken as their text since real files mix "7" and 7. */
    QString text(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return numberText(v.toDouble());
        fail(join(path, key), u"expected a string"_s);
        return QString();
    }

    static QString numberText(double d)
    {
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }

    /** A point written as {"x": .., "y": ..}. */
    QPointF xy(const QJsonValue &v, const QString &path)
    {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(u"x"_s).isDouble() || !o.value(u"y"_s).isDouble()) {
            fail(path, u"expected an object with x and y"_s);
            return {};
        }
        return QPointF(o.value(u"x"_s).toDouble(), o.value(u"y"_s).toDouble());
    }

    QPointF optionalXy(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return xy(v, join(path, key));
    }

    /** \a o without the fields the plan models. Fields in neither \a consumed nor \a known
        are reported once per place pattern ("zones[*].rows[*].seats[*]"). */
    QJsonObject rest(const QJsonObject &o,
                     const QSet<QString> &consumed,
                     const QSet<QString> &known,
                     const QString &path)
    {
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (consumed.contains(it.key()))
                continue;
            out.insert(it.key(), it.value());
            if (!known.contains(it.key()))
                noteUnknown(path, it.key());
        }
        return out;
    }

    void keep(const QString &kind, qint64 key, const QJsonObject &fields)
    {
        if (fields.isEmpty())
            return;
        QJsonObject byKey = m_extras.value(kind).toObject();
        byKey.insert(QString::number(key), fields);
        m_extras.insert(kind, byKey);
    }

    void keepPlan(const QString &key, const QJsonValue &value) { m_planExtras.insert(key, value); }

    /** \a id, or "id~2", "id~3", ... when it was taken; reports the re-keying. */
    QString uniqueExternalId(const QString &id, const QString &path)
    {
        if (!m_externalIds.contains(id)) {
            m_externalIds.insert(id);
            return id;
        }
        int n = m_nextSuffix.value(id, 2);
        QString candidate;
        do {
            candidate = u"%1~%2"_s.arg(id).arg(n++);
        } while (m_externalIds.contains(candidate));
        m_nextSuffix.insert(id, n);
        m_externalIds.insert(candidate);
        ++duplicates;
        note(path, u"duplicate seat id \"%1\" re-keyed as \"%2\""_s.arg(id, candidate));
        return candidate;
    }

    Result<PlanImport> finish(const QString &format)
    {
        if (error)
            return *error;
        for (const QString &key : std::as_const(m_unknownOrder)) {
            const Unknown &u = m_unknown.value(key);
            QString line = u"%1: unknown field kept in importExtras"_s.arg(u.firstPath);
            if (u.count > 1)
                line += u" (%1 occurrences)"_s.arg(u.count);
            report.append(line);
        }
        if (duplicates > 0)
            report.append(u"%1 duplicate seat id(s) re-keyed"_s.arg(duplicates));
        QJsonObject extras = m_extras;
        extras.insert(u"format"_s, format);
        if (!m_planExtras.isEmpty())
            extras.insert(u"plan"_s, m_planExtras);
        plan.setImportExtras(extras);
        return PlanImport{std::move(plan), std::move(report)};
    }

    int duplicates = 0;

private:
    struct Unknown
    {
        QString firstPath;
        int count = 0;
    };

    void noteUnknown(const QString &path, const QString &key)
    {
        static const QRegularExpression index(u"\\[\\d+\\]"_s);
        QString pattern = path;
        pattern.replace(index, u"[*]"_s);
        pattern = join(pattern, key);
        auto it = m_unknown.find(pattern);
        if (it == m_unknown.end()) {
            m_unknown.insert(pattern, Unknown{join(path, key), 1});
            m_unknownOrder.append(pattern);
        } else {
            ++it->count;
        }
    }

    QJsonObject m_extras;
    QJsonObject m_planExtras;
    QSet<QString> m_externalIds;
    QHash<QString, int> m_nextSuffix;
    QHash<QString, Unknown> m_unknown;
    QStringList m_unknownOrder;
};

QSet<QString> keys(std::initializer_list<QString> list)
{
    return QSet<QString>(list.begin(), list.end());
}

// --- pretix ------------------------------------------------------------------------------

class PretixReader
{
public:
    Result<PlanImport> read(const QJsonObject &root)
    {
        ImportContext &c = m_ctx;
        c.plan.setName(c.text(root, u"name"_s, QString()));
        c.keepPlan(u"fields"_s,
                   c.rest(root,
                          keys({u"name"_s, u"categories"_s, u"zones"_s}),
                          keys({u"size"_s}),
                          QString()));

        const QJsonArray cats = c.array(root, u"categories"_s, QString());
        for (qsizetype i = 0; i < cats.size() && !c.failed(); ++i)
            readCategory(cats.at(i), u"categories[%1]"_s.arg(i));

        const QJsonArray zones = c.array(root, u"zones"_s, QString(), true);
        for (qsizetype i = 0; i < zones.size() && !c.failed(); ++i)
            readZone(zones.at(i), u"zones[%1]"_s.arg(i));
        return c.finish(u"pretix"_s);
    }

private:
    void readCategory(const QJsonValue &v, const QString &path)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        Category cat;
        cat.name = c.text(o, u"name"_s, path);
        cat.color = c.text(o, u"color"_s, path);
        if (c.failed())
            return;
        if (m_categories.contains(cat.name)) {
            c.note(path, u"category \"%1\" listed twice; the first one is used"_s.arg(cat.name));
            return;
        }
        const int index = c.plan.addCategory(cat);
        const CategoryId id = c.plan.categories().at(index).id;
        m_categories.insert(cat.name, id);
        c.keep(u"categories"_s, id.value, c.rest(o, keys({u"name"_s, u"color"_s}), {}, path));
    }

    CategoryId categoryNamed(const QString &name, const QString &path)
    {
        if (name.isEmpty()) {
            m_ctx.note(path, u"seat has no category"_s);
            return {};
        }
        auto it = m_categories.constFind(name);
        if (it != m_categories.constEnd())
            return *it;
        Category cat;
        cat.name = name;
        const int index = m_ctx.plan.addCategory(cat);
        const CategoryId id = m_ctx.plan.categories().at(index).id;
        m_categories.insert(name, id);
        m_ctx.note(path,
                   u"category \"%1\" is not in \"categories\"; added without a colour"_s.arg(name));
        return id;
    }

    void readZone(const QJsonValue &v, const QString &path)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        const QPointF origin = c.optionalXy(o, u"position"_s, path);
        Section sec;
        sec.name = c.text(o, u"name"_s, path);
        const int section = c.plan.addSection(sec);
        c.keep(u"sections"_s,
               c.plan.sections().at(section).id.value,
               c.rest(o,
                      keys({u"name"_s, u"rows"_s, u"areas"_s}),
                      keys({u"position"_s, u"uuid"_s, u"zone_id"_s}),
                      path));

        QHash<QString, QString> rowPaths;
        const QJsonArray rows = c.array(o, u"rows"_s, path);
        for (qsizetype r = 0; r < rows.size() && !c.failed(); ++r)
            readRow(rows.at(r), u"%1.rows[%2]"_s.arg(path).arg(r), section, origin, rowPaths);
        const QJsonArray areas = c.array(o, u"areas"_s, path);
        for (qsizetype a = 0; a < areas.size() && !c.failed(); ++a)
            readArea(areas.at(a), u"%1.areas[%2]"_s.arg(path).arg(a), origin);
    }

    void readRow(const QJsonValue &v,
                 const QString &path,
                 int section,
                 QPointF origin,
                 QHash<QString, QString> &rowPaths)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        const QPointF rowOrigin = origin + c.optionalXy(o, u"position"_s, path);
        Row row;
        row.label = c.text(o, u"row_number"_s, path);
        const auto seen = rowPaths.constFind(row.label);
        if (seen != rowPaths.constEnd())
            c.note(path, u"row \"%1\" repeats %2; kept as a separate row"_s.arg(row.label, *seen));
        else
            rowPaths.insert(row.label, path);

        QList<Seat> seats;
        QList<QJsonObject> seatExtras;
        QList<QPointF> points;
        const QJsonArray arr = c.array(o, u"seats"_s, path);
        for (qsizetype k = 0; k < arr.size() && !c.failed(); ++k) {
            const QString seatPath = u"%1.seats[%2]"_s.arg(path).arg(k);
            const QJsonObject so = c.object(arr.at(k), seatPath);
            if (c.failed())
                return;
            Seat s;
            s.pos = rowOrigin + c.xy(so.value(u"position"_s), seatPath + u".position"_s);
            s.label = c.text(so, u"seat_number"_s, seatPath);
            QString guid = c.text(so, u"seat_guid"_s, seatPath);
            if (guid.isEmpty()) {
                guid = c.text(so, u"uuid"_s, seatPath);
                if (guid.isEmpty())
                    guid = u"%1-%2"_s.arg(row.label, s.label);
                c.note(seatPath, u"no seat_guid; the seat is keyed as \"%1\""_s.arg(guid));
            }
            const QString category = c.text(so, u"category"_s, seatPath);
            if (c.failed())
                return;
            s.externalId = c.uniqueExternalId(guid, seatPath);
            s.category = categoryNamed(category, seatPath);
            seats.append(s);
            points.append(s.pos);
            seatExtras.append(
                c.rest(so,
                       keys({u"seat_number"_s, u"seat_guid"_s, u"position"_s, u"category"_s}),
                       keys({u"uuid"_s, u"seat_label"_s}),
                       seatPath));
        }
        if (c.failed())
            return;
        fitRow(points, row.angle, row.curve);
        const int rowIndex = c.plan.addRow(section, row);
        c.keep(u"rows"_s,
               c.plan.rows().at(rowIndex).id.value,
               c.rest(o,
                      keys({u"row_number"_s, u"seats"_s}),
                      keys({u"position"_s, u"uuid"_s, u"row_number_position"_s, u"row_label"_s}),
                      path));
        for (qsizetype k = 0; k < seats.size(); ++k) {
            Seat s = seats.at(k);
            s.rotation = float(row.angle);
            const int index = c.plan.addSeat(rowIndex, s);
            c.keep(u"seats"_s, c.plan.seats().at(index).id.value, seatExtras.at(k));
        }
    }

    void readArea(const QJsonValue &v, const QString &path, QPointF origin)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        const QString kind = c.text(o, u"shape"_s, path);
        const QPointF pos = origin + c.xy(o.value(u"position"_s), path + u".position"_s);
        Shape sh;
        sh.color = c.text(o, u"color"_s, path);
        const QJsonObject label = o.value(u"text"_s).toObject();
        if (o.contains(u"text"_s) && !o.value(u"text"_s).isObject() && !o.value(u"text"_s).isNull())
            c.fail(path + u".text"_s, u"expected an object"_s);
        sh.text = c.text(label, u"text"_s, path + u".text"_s);
        if (kind == u"rectangle") {
            const QJsonObject r = c.object(o.value(u"rectangle"_s), path + u".rectangle"_s);
            sh.kind = Shape::Kind::Rectangle;
            sh.bounds = QRectF(pos,
                               QSizeF(c.requiredNumber(r, u"width"_s, path + u".rectangle"_s),
                                      c.requiredNumber(r, u"height"_s, path + u".rectangle"_s)));
        } else if (kind == u"circle") {
            const QJsonObject r = c.object(o.value(u"circle"_s), path + u".circle"_s);
            const double radius = c.requiredNumber(r, u"radius"_s, path + u".circle"_s);
            sh.kind = Shape::Kind::Ellipse;
            sh.bounds = QRectF(pos - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        } else if (kind == u"ellipse") {
            const QJsonObject r = c.object(o.value(u"ellipse"_s), path + u".ellipse"_s);
            const QPointF radius = c.xy(r.value(u"radius"_s), path + u".ellipse.radius"_s);
            sh.kind = Shape::Kind::Ellipse;
            sh.bounds = QRectF(pos - radius, QSizeF(2 * radius.x(), 2 * radius.y()));
        } else if (kind == u"polygon") {
            const QJsonObject r = c.object(o.value(u"polygon"_s), path + u".polygon"_s);
            const QJsonArray pts = c.array(r, u"points"_s, path + u".polygon"_s, true);
            sh.kind = Shape::Kind::Polygon;
            for (qsizetype i = 0; i < pts.size(); ++i)
                sh.points.append(pos + c.xy(pts.at(i), u"%1.polygon.points[%2]"_s.arg(path).arg(i)));
            sh.bounds = boundsOf(sh.points);
        } else if (kind == u"text") {
            sh.kind = Shape::Kind::Text;
            sh.bounds = QRectF(pos + c.optionalXy(label, u"position"_s, path + u".text"_s),
                               QSizeF());
        } else {
            sh.kind = Shape::Kind::Polygon;
            sh.bounds = QRectF(pos, QSizeF());
            c.note(path, u"unknown area shape \"%1\"; kept in importExtras only"_s.arg(kind));
        }
        if (c.failed())
            return;
        const qint64 index = c.plan.shapes().size();
        c.plan.addShape(sh);
        c.keep(u"shapes"_s,
               index,
               c.rest(o,
                      keys({u"shape"_s, u"color"_s}),
                      keys({u"position"_s,
                            u"text"_s,
                            u"rectangle"_s,
                            u"circle"_s,
                            u"ellipse"_s,
                            u"polygon"_s,
                            u"border_color"_s,
                            u"rotation"_s,
                            u"uuid"_s}),
                      path));
    }

    ImportContext m_ctx;
    QHash<QString, CategoryId> m_categories;
};

// --- seats.io ----------------------------------------------------------------------------

/** Fields of seats.io objects that only drive its editor or renderer (label sizes, labeling
    algorithms, publishing state); kept in importExtras without a report line. */
const QSet<QString> &seatsioEditorFields()
{
    static const QSet<QString> fields = keys({u"uuid"_s,
                                              u"objectType"_s,
                                              u"displayObjectType"_s,
                                              u"published"_s,
                                              u"labelSize"_s,
                                              u"labelShown"_s,
                                              u"labelHorizontalOffset"_s,
                                              u"labelVerticalOffset"_s,
                                              u"labelRotationAngle"_s,
                                              u"foreground"_s,
                                              u"translucent"_s,
                                              u"displayLabel"_s,
                                              u"objectLabeling"_s,
                                              u"seatLabeling"_s,
                                              u"rotationAngle"_s,
                                              u"categoryAccessible"_s,
                                              u"categoryKey"_s,
                                              u"categoryLabel"_s,
                                              u"center"_s,
                                              u"width"_s,
                                              u"height"_s,
                                              u"type"_s,
                                              u"points"_s,
                                              u"viewFromYourSeatImage"_s,
                                              u"entrance"_s,
                                              u"bookAsAWhole"_s});
    return fields;
}

QSet<QString> seatsioKnown(std::initializer_list<QString> extra)
{
    QSet<QString> out = seatsioEditorFields();
    for (const QString &k : extra)
        out.insert(k);
    return out;
}

class SeatsioReader
{
public:
    Result<PlanImport> read(const QJsonObject &root)
    {
        ImportContext &c = m_ctx;
        c.plan.setName(c.text(root, u"name"_s, QString()));
        readCategories(root);
        QJsonArray zoneList;
        if (root.value(u"zones"_s).isObject())
            zoneList = c.array(root.value(u"zones"_s).toObject(), u"list"_s, u"zones"_s);
        else
            zoneList = root.value(u"zones"_s).toArray();
        if (c.failed())
            return *c.error;

        std::optional<QPointF> focal;
        if (root.contains(u"subChart"_s)) {
            const QJsonObject sub = c.object(root.value(u"subChart"_s), u"subChart"_s);
            if (!c.failed())
                c.keepPlan(u"subChart"_s, readSubChart(sub, u"subChart"_s, {}, -1, {}, {}));
            focal = focalPoint(sub, u"subChart"_s);
        } else if (root.contains(u"subChartFloors"_s)) {
            const QJsonArray floors = c.array(root, u"subChartFloors"_s, QString());
            QJsonArray floorRests;
            for (qsizetype f = 0; f < floors.size() && !c.failed(); ++f) {
                const QString path = u"subChartFloors[%1]"_s.arg(f);
                const QJsonObject sub = c.object(floors.at(f), path);
                m_floor = c.text(sub, u"floorName"_s, path);
                if (m_floor.isEmpty())
                    m_floor = QString::number(f);
                floorRests.append(readSubChart(sub, path, {}, -1, {}, {}));
                if (!focal)
                    focal = focalPoint(sub, path);
            }
            m_floor.clear();
            c.keepPlan(u"subChartFloors"_s, floorRests);
            c.note(u"subChartFloors"_s,
                   u"%1 floor(s) merged into one plan; each object's floor is kept in importExtras "
                   "as \"@floor\""_s.arg(floors.size()));
        } else {
            c.fail(QString(), u"a seats.io chart needs \"subChart\" or \"subChartFloors\""_s);
        }
        if (!focal) {
            for (qsizetype z = 0; z < zoneList.size() && !focal; ++z) {
                const QJsonValue fp = zoneList.at(z).toObject().value(u"focalPoint"_s);
                if (fp.isObject()) {
                    focal = c.xy(fp, u"zones.list[%1].focalPoint"_s.arg(z));
                    c.note(u"zones.list[%1]"_s.arg(z),
                           u"the chart has no focal point; using this zone's"_s);
                }
            }
        }
        if (focal)
            c.plan.setFocalPoint(*focal);
        c.keepPlan(u"fields"_s,
                   c.rest(root,
                          keys({u"name"_s, u"categories"_s, u"subChart"_s, u"subChartFloors"_s}),
                          keys({u"tablesLabelCounter"_s,
                                u"uuidCounter"_s,
                                u"zones"_s,
                                u"rowSpacing"_s,
                                u"rowChairSpacing"_s,
                                u"colorScheme"_s,
                                u"version"_s,
                                u"venueType"_s,
                                u"sectionScaleFactor"_s,
                                u"referenceChartVisible"_s,
                                u"showAllButtons"_s,
                                u"multiFloorView"_s}),
                          QString()));
        return c.finish(u"seats.io"_s);
    }

private:
    std::optional<QPointF> focalPoint(const QJsonObject &sub, const QString &path)
    {
        const QJsonValue fp = sub.value(u"focalPoint"_s);
        if (!fp.isObject())
            return std::nullopt;
        return m_ctx.xy(fp, path + u".focalPoint"_s);
    }

    static QString keyText(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return ImportContext::numberText(v.toDouble());
        return QString();
    }

    void readCategories(const QJsonObject &root)
    {
        ImportContext &c = m_ctx;
        const QJsonValue v = root.value(u"categories"_s);
        QJsonArray list;
        QString listPath = u"categories"_s;
        if (v.isObject()) {
            list = c.array(v.toObject(), u"list"_s, listPath);
            listPath += u".list"_s;
            const QJsonObject rest = c.rest(v.toObject(),
                                            keys({u"list"_s}),
                                            keys({u"maxCategoryKey"_s}),
                                            u"categories"_s);
            if (!rest.isEmpty())
                c.keepPlan(u"categories"_s, rest);
        } else if (v.isArray()) {
            list = v.toArray();
        } else if (!v.isUndefined() && !v.isNull()) {
            c.fail(listPath, u"expected an object with \"list\" or an array"_s);
        }
        for (qsizetype i = 0; i < list.size() && !c.failed(); ++i) {
            const QString path = u"%1[%2]"_s.arg(listPath).arg(i);
            const QJsonObject o = c.object(list.at(i), path);
            Category cat;
            cat.name = c.text(o, u"label"_s, path);
            cat.color = c.text(o, u"color"_s, path);
            const QString key = keyText(o.value(u"key"_s));
            if (c.failed())
                return;
            if (!key.isEmpty() && m_byKey.contains(key)) {
                c.note(path, u"category key %1 listed twice; the first one is used"_s.arg(key));
                continue;
            }
            const int index = c.plan.addCategory(cat);
            const CategoryId id = c.plan.categories().at(index).id;
            if (!key.isEmpty())
                m_byKey.insert(key, id);
            if (!m_byLabel.contains(cat.name))
                m_byLabel.insert(cat.name, id);
            c.keep(u"categories"_s,
                   id.value,
                   c.rest(o,
                          keys({u"label"_s, u"color"_s}),
                          keys({u"key"_s, u"accessible"_s}),
                          path));
        }
    }

    /** The object's own category (key first, then label), else \a fallback. Unknown keys and
        labels become new categories without a colour, reported. */
    CategoryId categoryOf(const QJsonObject &o, const QString &path, CategoryId fallback)
    {
        ImportContext &c = m_ctx;
        const QString key = keyText(o.value(u"categoryKey"_s));
        const QString label = c.text(o, u"categoryLabel"_s, path);
        if (!key.isEmpty()) {
            if (auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
                return *it;
        }
        if (!label.isEmpty()) {
            if (auto it = m_byLabel.constFind(label); it != m_byLabel.constEnd())
                return *it;
        }
        if (key.isEmpty() && label.isEmpty())
            return fallback;
        Category cat;
        cat.name = label.isEmpty() ? u"Category %1"_s.arg(key) : label;
        const int index = c.plan.addCategory(cat);
        const CategoryId id = c.plan.categories().at(index).id;
        if (!key.isEmpty())
            m_byKey.insert(key, id);
        m_byLabel.insert(cat.name, id);
        c.note(path,
               u"category \"%1\" (key %2) is not in \"categories\"; added without a colour"_s
                   .arg(cat.name, key.isEmpty() ? u"none"_s : key));
        return id;
    }

    void keep(const QString &kind, qint64 id, QJsonObject fields)
    {
        if (!m_floor.isEmpty())
            fields.insert(u"@floor"_s, m_floor);
        m_ctx.keep(kind, id, fields);
    }

    QString objectId(const QStringList &parts) const
    {
        QStringList nonEmpty;
        for (const QString &p : parts) {
            if (!p.isEmpty())
                nonEmpty.append(p);
        }
        return nonEmpty.join(u'-');
    }

    /** Reads one seat; returns false after a hard error. */
    /** The "seats" array of a row or table; false (with the error set) when one is wrong. */
    bool readSeats(const QJsonObject &o,
                   const QString &path,
                   QPointF offset,
                   const QStringList &idPrefix,
                   CategoryId fallback,
                   QList<Seat> &seats,
                   QList<QJsonObject> &extras)
    {
        const QJsonArray arr = m_ctx.array(o, u"seats"_s, path);
        for (qsizetype k = 0; k < arr.size(); ++k) {
            Seat s;
            QJsonObject e;
            if (!readSeat(
                    arr.at(k), u"%1.seats[%2]"_s.arg(path).arg(k), offset, idPrefix, fallback, s, e))
                return false;
            seats.append(s);
            extras.append(e);
        }
        return !m_ctx.failed();
    }

    bool readSeat(const QJsonValue &v,
                  const QString &path,
                  QPointF offset,
                  const QStringList &idPrefix,
                  CategoryId fallback,
                  Seat &seat,
                  QJsonObject &extras)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return false;
        seat.pos = offset
                   + QPointF(c.requiredNumber(o, u"x"_s, path), c.requiredNumber(o, u"y"_s, path));
        seat.label = c.text(o, u"label"_s, path);
        seat.category = categoryOf(o, path, fallback);
        if (o.value(u"restrictedView"_s).toBool())
            seat.flags |= SeatFlag::RestrictedView;
        if (o.value(u"accessible"_s).toBool())
            seat.flags |= SeatFlag::Wheelchair;
        if (o.value(u"companionSeat"_s).toBool())
            seat.flags |= SeatFlag::Companion;
        if (c.failed())
            return false;
        const QString id = objectId(idPrefix + QStringList{seat.label});
        seat.externalId = c.uniqueExternalId(id, path);
        if (!seat.category.isValid())
            c.note(path, u"seat \"%1\" has no category"_s.arg(id));
        extras = c.rest(o,
                        keys({u"x"_s,
                              u"y"_s,
                              u"label"_s,
                              u"restrictedView"_s,
                              u"accessible"_s,
                              u"companionSeat"_s}),
                        seatsioKnown({u"semiAmbulatorySeat"_s,
                                      u"disabledBySocialDistancingRules"_s,
                                      u"isAccessible"_s}),
                        path);
        return true;
    }

    /** Reads rows, tables, areas, shapes, texts, booths and sections of one (sub)chart and
        returns its remaining fields for importExtras. */
    QJsonObject readSubChart(const QJsonObject &sub,
                             const QString &path,
                             QPointF offset,
                             int section,
                             const QString &sectionLabel,
                             CategoryId sectionCategory)
    {
        ImportContext &c = m_ctx;
        const QJsonArray rows = c.array(sub, u"rows"_s, path);
        for (qsizetype i = 0; i < rows.size() && !c.failed(); ++i)
            readRow(rows.at(i),
                    u"%1.rows[%2]"_s.arg(path).arg(i),
                    offset,
                    section,
                    sectionLabel,
                    sectionCategory);
        const QJsonArray tables = c.array(sub, u"tables"_s, path);
        for (qsizetype i = 0; i < tables.size() && !c.failed(); ++i)
            readTable(tables.at(i),
                      u"%1.tables[%2]"_s.arg(path).arg(i),
                      offset,
                      sectionLabel,
                      sectionCategory);
        const QJsonArray areas = c.array(sub, u"generalAdmissionAreas"_s, path);
        for (qsizetype i = 0; i < areas.size() && !c.failed(); ++i)
            readArea(areas.at(i),
                     u"%1.generalAdmissionAreas[%2]"_s.arg(path).arg(i),
                     offset,
                     sectionCategory);
        const QJsonArray shapes = c.array(sub, u"shapes"_s, path);
        for (qsizetype i = 0; i < shapes.size() && !c.failed(); ++i)
            readShape(shapes.at(i), u"%1.shapes[%2]"_s.arg(path).arg(i), offset, false);
        const QJsonArray booths = c.array(sub, u"booths"_s, path);
        for (qsizetype i = 0; i < booths.size() && !c.failed(); ++i)
            readShape(booths.at(i), u"%1.booths[%2]"_s.arg(path).arg(i), offset, true);
        const QJsonArray texts = c.array(sub, u"texts"_s, path);
        for (qsizetype i = 0; i < texts.size() && !c.failed(); ++i)
            readText(texts.at(i), u"%1.texts[%2]"_s.arg(path).arg(i), offset);
        const QJsonArray sections = c.array(sub, u"sections"_s, path);
        for (qsizetype i = 0; i < sections.size() && !c.failed(); ++i)
            readSection(sections.at(i), u"%1.sections[%2]"_s.arg(path).arg(i), offset);
        for (const QString &key : {u"icons"_s, u"imageObjects"_s}) {
            const qsizetype n = sub.value(key).toArray().size();
            if (n > 0)
                c.note(ImportContext::join(path, key),
                       u"%1 object(s) not modelled; kept in importExtras"_s.arg(n));
        }
        return c.rest(sub,
                      keys({u"rows"_s,
                            u"tables"_s,
                            u"generalAdmissionAreas"_s,
                            u"shapes"_s,
                            u"booths"_s,
                            u"texts"_s,
                            u"sections"_s}),
                      keys({u"height"_s,
                            u"width"_s,
                            u"imageObjects"_s,
                            u"icons"_s,
                            u"focalPoint"_s,
                            u"backgroundImage"_s,
                            u"referenceChart"_s,
                            u"snapOffset"_s,
                            u"floorName"_s,
                            u"floorDisplayName"_s}),
                      path);
    }

    void readRow(const QJsonValue &v,
                 const QString &path,
                 QPointF offset,
                 int section,
                 const QString &sectionLabel,
                 CategoryId sectionCategory)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        Row row;
        row.label = c.text(o, u"label"_s, path);
        const CategoryId rowCategory = categoryOf(o, path, sectionCategory);
        QList<Seat> seats;
        QList<QJsonObject> extras;
        if (!readSeats(o, path, offset, {sectionLabel, row.label}, rowCategory, seats, extras))
            return;
        QList<QPointF> points;
        points.reserve(seats.size());
        for (const Seat &s : seats)
            points.append(s.pos);
        fitRow(points, row.angle, row.curve);
        const int rowIndex = c.plan.addRow(section, row);
        keep(u"rows"_s,
             c.plan.rows().at(rowIndex).id.value,
             c.rest(o,
                    keys({u"label"_s, u"seats"_s}),
                    seatsioKnown({u"sectionLabel"_s,
                                  u"sectionDisplayedLabel"_s,
                                  u"rowLabelPosition"_s,
                                  u"curve"_s,
                                  u"chairSpacing"_s,
                                  u"verticalRowLabelDirection"_s,
                                  u"rowLabelDisabled"_s,
                                  u"smooth"_s,
                                  u"smoothness"_s}),
                    path));
        for (qsizetype k = 0; k < seats.size(); ++k) {
            Seat s = seats.at(k);
            s.rotation = float(row.angle);
            const int index = c.plan.addSeat(rowIndex, s);
            keep(u"seats"_s, c.plan.seats().at(index).id.value, extras.at(k));
        }
    }

    void readTable(const QJsonValue &v,
                   const QString &path,
                   QPointF offset,
                   const QString &sectionLabel,
                   CategoryId sectionCategory)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        Table t;
        t.label = c.text(o, u"label"_s, path);
        t.center = offset + c.xy(o.value(u"center"_s), path + u".center"_s);
        t.radius = c.number(o, u"radius"_s, path);
        if (t.radius == 0 && o.contains(u"width"_s))
            t.radius = std::max(c.number(o, u"width"_s, path), c.number(o, u"height"_s, path)) / 2;
        if (o.value(u"bookAsAWhole"_s).toBool())
            t.booking = TableBooking::WholeTable;
        const CategoryId tableCategory = categoryOf(o, path, sectionCategory);
        QList<Seat> seats;
        QList<QJsonObject> extras;
        if (!readSeats(o, path, offset, {sectionLabel, t.label}, tableCategory, seats, extras))
            return;
        const int table = c.plan.addTable(t);
        keep(u"tables"_s,
             c.plan.tables().at(table).id.value,
             c.rest(o,
                    keys({u"label"_s, u"center"_s, u"radius"_s, u"seats"_s}),
                    seatsioKnown({u"autoRadius"_s, u"openSpaces"_s, u"numberOfSeats"_s}),
                    path));
        for (qsizetype k = 0; k < seats.size(); ++k) {
            const int index = c.plan.addSeatToTable(table, seats.at(k));
            keep(u"seats"_s, c.plan.seats().at(index).id.value, extras.at(k));
        }
    }

    /** The bounds of a seats.io object drawn as circle, rectangle or polygon. */
    QRectF objectBounds(const QJsonObject &o,
                        const QString &path,
                        QPointF offset,
                        QList<QPointF> *points = nullptr)
    {
        ImportContext &c = m_ctx;
        if (o.value(u"points"_s).isArray()) {
            const QJsonArray arr = o.value(u"points"_s).toArray();
            QList<QPointF> pts;
            for (qsizetype i = 0; i < arr.size(); ++i)
                pts.append(offset + c.xy(arr.at(i), u"%1.points[%2]"_s.arg(path).arg(i)));
            if (points)
                *points = pts;
            return boundsOf(pts);
        }
        const QPointF center = offset + c.xy(o.value(u"center"_s), path + u".center"_s);
        if (o.contains(u"width"_s) || o.contains(u"height"_s)) {
            const double w = c.number(o, u"width"_s, path);
            const double h = c.number(o, u"height"_s, path);
            return QRectF(center - QPointF(w / 2, h / 2), QSizeF(w, h));
        }
        const double r1 = c.number(o, u"radius1"_s, path, c.number(o, u"radius"_s, path));
        const double r2 = c.number(o, u"radius2"_s, path, r1);
        return QRectF(center - QPointF(r1, r2), QSizeF(2 * r1, 2 * r2));
    }

    void readArea(const QJsonValue &v, const QString &path, QPointF offset, CategoryId fallback)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        StandingZone z;
        z.name = c.text(o, u"label"_s, path);
        z.bounds = objectBounds(o, path, offset);
        z.category = categoryOf(o, path, fallback);
        const QJsonValue cap = o.value(u"capacity"_s);
        if (cap.isDouble()) {
            z.capacity = int(cap.toDouble());
        } else if (cap.isUndefined() || cap.isNull()) {
            c.note(path,
                   u"general admission area \"%1\" has no capacity; imported with 0"_s.arg(z.name));
        } else {
            c.fail(path + u".capacity"_s, u"expected a number"_s);
        }
        if (z.capacity < 0)
            c.fail(path + u".capacity"_s, u"must not be negative"_s);
        if (!z.category.isValid())
            c.note(path, u"general admission area \"%1\" has no category"_s.arg(z.name));
        if (c.failed())
            return;
        const int index = c.plan.addZone(z);
        keep(u"zones"_s,
             c.plan.zones().at(index).id.value,
             c.rest(o,
                    keys({u"label"_s, u"capacity"_s}),
                    seatsioKnown({u"radius1"_s,
                                  u"radius2"_s,
                                  u"variableOccupancy"_s,
                                  u"minOccupancy"_s,
                                  u"maxOccupancy"_s}),
                    path));
    }

    void readShape(const QJsonValue &v, const QString &path, QPointF offset, bool booth)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        Shape sh;
        const QString type = c.text(o, u"type"_s, path);
        sh.bounds = objectBounds(o, path, offset, &sh.points);
        if (!sh.points.isEmpty())
            sh.kind = Shape::Kind::Polygon;
        else if (type == u"circle" || type == u"ellipse")
            sh.kind = Shape::Kind::Ellipse;
        else
            sh.kind = Shape::Kind::Rectangle;
        sh.text = c.text(o, u"label"_s, path);
        sh.color = c.text(o, u"fillColor"_s, path);
        if (c.failed())
            return;
        if (booth)
            c.note(path,
                   u"booth \"%1\" imported as a shape; booths are not bookable in Parkett"_s.arg(
                       sh.text));
        const qint64 index = m_ctx.plan.shapes().size();
        c.plan.addShape(sh);
        keep(u"shapes"_s,
             index,
             c.rest(o,
                    keys({u"label"_s, u"fillColor"_s}),
                    seatsioKnown({u"smartType"_s,
                                  u"smartTypeVariation"_s,
                                  u"strokeColor"_s,
                                  u"strokeWidth"_s,
                                  u"autoStroke"_s,
                                  u"icon"_s,
                                  u"cornerRadius"_s,
                                  u"radius"_s,
                                  u"radius1"_s,
                                  u"radius2"_s}),
                    path));
    }

    void readText(const QJsonValue &v, const QString &path, QPointF offset)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        Shape sh;
        sh.kind = Shape::Kind::Text;
        QPointF at;
        if (o.contains(u"center"_s))
            at = c.xy(o.value(u"center"_s), path + u".center"_s);
        else
            at = QPointF(c.requiredNumber(o, u"centerX"_s, path),
                         c.requiredNumber(o, u"centerY"_s, path));
        sh.bounds = QRectF(offset + at, QSizeF());
        sh.text = c.text(o, u"text"_s, path);
        if (sh.text.isEmpty())
            sh.text = c.text(o, u"caption"_s, path);
        sh.color = c.text(o, u"textColor"_s, path);
        if (c.failed())
            return;
        const qint64 index = c.plan.shapes().size();
        c.plan.addShape(sh);
        keep(u"shapes"_s,
             index,
             c.rest(o,
                    keys({u"text"_s, u"textColor"_s}),
                    seatsioKnown({u"centerX"_s,
                                  u"centerY"_s,
                                  u"caption"_s,
                                  u"fontSize"_s,
                                  u"textSize"_s,
                                  u"bold"_s,
                                  u"italic"_s}),
                    path));
    }

    void readSection(const QJsonValue &v, const QString &path, QPointF offset)
    {
        ImportContext &c = m_ctx;
        const QJsonObject o = c.object(v, path);
        if (c.failed())
            return;
        Section sec;
        sec.name = c.text(o, u"label"_s, path);
        const QJsonArray pts = c.array(o, u"points"_s, path);
        for (qsizetype i = 0; i < pts.size(); ++i)
            sec.outline.append(offset + c.xy(pts.at(i), u"%1.points[%2]"_s.arg(path).arg(i)));
        const QPointF topLeft = offset + c.optionalXy(o, u"topLeft"_s, path);
        const CategoryId category = categoryOf(o, path, {});
        if (c.failed())
            return;
        const int section = c.plan.addSection(sec);
        const qint64 id = c.plan.sections().at(section).id.value;
        QJsonObject sub;
        if (o.contains(u"subChart"_s)) {
            const QJsonObject subChart = c.object(o.value(u"subChart"_s), path + u".subChart"_s);
            if (c.failed())
                return;
            sub = readSubChart(subChart, path + u".subChart"_s, topLeft, section, sec.name, category);
        }
        QJsonObject fields = c.rest(
            o,
            keys({u"label"_s, u"points"_s, u"subChart"_s}),
            seatsioKnown(
                {u"topLeft"_s, u"zone"_s, u"entrance"_s, u"cutoffAngle"_s, u"labelShown"_s}),
            path);
        if (!sub.isEmpty())
            fields.insert(u"subChart"_s, sub);
        keep(u"sections"_s, id, fields);
    }

    ImportContext m_ctx;
    QHash<QString, CategoryId> m_byKey;
    QHash<QString, CategoryId> m_byLabel;
    QString m_floor;
};

// --- detection ---------------------------------------------------------------------------

enum class Format { Unknown, Native, Pretix, Seatsio };

Format detect(const QJsonObject &root)
{
    if (root.contains(u"format"_s))
        return root.value(u"format"_s).toString() == u"parkett-seatplan" ? Format::Native
                                                                         : Format::Unknown;
    if (root.contains(u"subChart"_s) || root.contains(u"subChartFloors"_s))
        return Format::Seatsio;
    const QJsonArray zones = root.value(u"zones"_s).toArray();
    if (root.value(u"zones"_s).isArray()
        && (root.value(u"categories"_s).isArray() || zones.isEmpty()
            || zones.first().toObject().contains(u"rows"_s)))
        return Format::Pretix;
    return Format::Unknown;
}

} // namespace

Result<PlanImport> importPretixPlan(const QByteArray &json)
{
    const Result<QJsonObject> root = parseRoot(json);
    if (!root)
        return root.error();
    return PretixReader().read(*root);
}

namespace {

/** \a computed with the fields of \a extras it does not set itself; objects merge deeply. */
QJsonObject withExtras(QJsonObject computed, const QJsonObject &extras)
{
    for (auto it = extras.begin(); it != extras.end(); ++it) {
        if (it.key().startsWith(u'@'))
            continue;
        const QJsonValue mine = computed.value(it.key());
        if (mine.isUndefined())
            computed.insert(it.key(), it.value());
        else if (mine.isObject() && it.value().isObject())
            computed.insert(it.key(), withExtras(mine.toObject(), it.value().toObject()));
    }
    return computed;
}

class PretixWriter
{
public:
    explicit PretixWriter(const SeatPlan &plan)
        : m_plan(plan)
    {
        const QJsonObject extras = plan.importExtras();
        // Fields kept from another format mean nothing to pretix.
        if (extras.value(u"format"_s).toString() == u"pretix")
            m_extras = extras;
    }

    QJsonObject write()
    {
        QJsonArray categories;
        for (const Category &c : m_plan.categories())
            categories.append(withExtras(QJsonObject{{u"name"_s, c.name}, {u"color"_s, c.color}},
                                         extra(u"categories"_s, c.id.value)));
        QJsonArray zones;
        for (const Section &sec : m_plan.sections()) {
            QJsonArray rows;
            for (int r : sec.rows)
                rows.append(rowJson(m_plan.rows().at(r), sec.name));
            zones.append(zoneJson(sec.name, rows, extra(u"sections"_s, sec.id.value)));
        }
        // pretix knows no tables or loose seats: they become rows of one more zone.
        QJsonArray loose;
        for (const Row &r : m_plan.rows()) {
            if (r.section < 0)
                loose.append(rowJson(r, QString()));
        }
        for (const Table &t : m_plan.tables())
            loose.append(seatsJson(t.label, t.seats, QString(), {}));
        QList<qint32> looseSeats;
        for (qint32 i = 0; i < m_plan.seats().size(); ++i) {
            const Seat &s = m_plan.seats().at(i);
            if (s.row < 0 && s.table < 0)
                looseSeats.append(i);
        }
        if (!looseSeats.isEmpty())
            loose.append(seatsJson(QString(), looseSeats, QString(), {}));
        if (!loose.isEmpty() || zones.isEmpty())
            zones.append(zoneJson(m_plan.name(), loose, {}));

        QJsonArray areas = zones.first().toObject().value(u"areas"_s).toArray();
        for (qsizetype i = 0; i < m_plan.shapes().size(); ++i)
            areas.append(withExtras(areaJson(m_plan.shapes().at(i)), extra(u"shapes"_s, i)));
        for (const StandingZone &z : m_plan.zones()) {
            Shape sh;
            sh.bounds = z.bounds;
            sh.text = z.name;
            if (const Category *c = m_plan.category(z.category))
                sh.color = c->color;
            areas.append(areaJson(sh));
        }
        QJsonObject first = zones.first().toObject();
        first.insert(u"areas"_s, areas);
        zones.replace(0, first);

        const QRectF bounds = m_plan.bounds();
        const QJsonObject size{{u"width"_s, std::ceil(std::max(0.0, bounds.right()))},
                               {u"height"_s, std::ceil(std::max(0.0, bounds.bottom()))}};
        return withExtras(QJsonObject{{u"name"_s, m_plan.name()},
                                      {u"categories"_s, categories},
                                      {u"zones"_s, zones},
                                      {u"size"_s, size}},
                          m_extras.value(u"plan"_s).toObject().value(u"fields"_s).toObject());
    }

private:
    QJsonObject extra(const QString &kind, qint64 key) const
    {
        return m_extras.value(kind).toObject().value(QString::number(key)).toObject();
    }

    static QJsonObject zoneJson(const QString &name,
                                const QJsonArray &rows,
                                const QJsonObject &extras)
    {
        return withExtras(QJsonObject{{u"name"_s, name},
                                      {u"position"_s, xyJson({})},
                                      {u"rows"_s, rows},
                                      {u"areas"_s, QJsonArray()}},
                          extras);
    }

    QJsonObject rowJson(const Row &r, const QString &zoneName)
    {
        return seatsJson(r.label, r.seats, zoneName, extra(u"rows"_s, r.id.value));
    }

    QJsonObject seatsJson(const QString &label,
                          const QList<qint32> &seatIndices,
                          const QString &zoneName,
                          const QJsonObject &extras)
    {
        const QPointF origin = seatIndices.isEmpty() ? QPointF()
                                                     : m_plan.seats().at(seatIndices.first()).pos;
        QJsonArray seats;
        for (qint32 i : seatIndices) {
            const Seat &s = m_plan.seats().at(i);
            QString guid = s.externalId;
            if (guid.isEmpty())
                guid = QStringList{zoneName, label, s.label}.join(u'-');
            if (m_guids.contains(guid)) {
                int n = 2;
                while (m_guids.contains(u"%1~%2"_s.arg(guid).arg(n)))
                    ++n;
                guid = u"%1~%2"_s.arg(guid).arg(n);
            }
            m_guids.insert(guid);
            QJsonObject o{{u"seat_number"_s, s.label},
                          {u"seat_guid"_s, guid},
                          {u"position"_s, xyJson(s.pos - origin)}};
            if (const Category *c = m_plan.category(s.category))
                o.insert(u"category"_s, c->name);
            seats.append(withExtras(o, extra(u"seats"_s, s.id.value)));
        }
        return withExtras(QJsonObject{{u"row_number"_s, label},
                                      {u"position"_s, xyJson(origin)},
                                      {u"seats"_s, seats}},
                          extras);
    }

    static QJsonObject areaJson(const Shape &sh)
    {
        const QRectF b = sh.bounds;
        QJsonObject o{{u"color"_s, sh.color}};
        QJsonObject label{{u"text"_s, sh.text}, {u"position"_s, xyJson({})}};
        switch (sh.kind) {
        case Shape::Kind::Rectangle:
            o.insert(u"shape"_s, u"rectangle"_s);
            o.insert(u"position"_s, xyJson(b.topLeft()));
            o.insert(u"rectangle"_s,
                     QJsonObject{{u"width"_s, b.width()}, {u"height"_s, b.height()}});
            label.insert(u"position"_s, xyJson(QPointF(b.width() / 2, b.height() / 2)));
            break;
        case Shape::Kind::Ellipse:
            o.insert(u"shape"_s, u"ellipse"_s);
            o.insert(u"position"_s, xyJson(b.center()));
            o.insert(u"ellipse"_s,
                     QJsonObject{{u"radius"_s, xyJson(QPointF(b.width() / 2, b.height() / 2))}});
            break;
        case Shape::Kind::Polygon: {
            QJsonArray points;
            for (QPointF p : sh.points)
                points.append(xyJson(p));
            o.insert(u"shape"_s, u"polygon"_s);
            o.insert(u"position"_s, xyJson({}));
            o.insert(u"polygon"_s, QJsonObject{{u"points"_s, points}});
            break;
        }
        case Shape::Kind::Text:
            o.insert(u"shape"_s, u"text"_s);
            o.insert(u"position"_s, xyJson(b.topLeft()));
            break;
        }
        o.insert(u"text"_s, label);
        return o;
    }

    const SeatPlan &m_plan;
    QJsonObject m_extras;
    QSet<QString> m_guids;
};

} // namespace

QJsonObject exportPretixPlan(const SeatPlan &plan)
{
    return PretixWriter(plan).write();
}

Result<PlanImport> importSeatsioChart(const QByteArray &json)
{
    const Result<QJsonObject> root = parseRoot(json);
    if (!root)
        return root.error();
    return SeatsioReader().read(*root);
}

Result<PlanImport> importPlanAuto(const QByteArray &json)
{
    const Result<QJsonObject> root = parseRoot(json);
    if (!root)
        return root.error();
    switch (detect(*root)) {
    case Format::Native: {
        Result<SeatPlan> plan = SeatPlan::fromJson(*root);
        if (!plan)
            return plan.error();
        return PlanImport{std::move(plan).value(), {}};
    }
    case Format::Pretix:
        return PretixReader().read(*root);
    case Format::Seatsio:
        return SeatsioReader().read(*root);
    case Format::Unknown:
        break;
    }
    QStringList top = root->keys();
    if (top.size() > 8)
        top = top.mid(0, 8) << u"..."_s;
    QString what = u"unknown seat-plan format: not a Parkett, pretix or seats.io plan"_s;
    if (root->contains(u"format"_s))
        what += u" (\"format\" is \"%1\")"_s.arg(root->value(u"format"_s).toString());
    else
        what += u" (top-level fields: %1)"_s.arg(top.join(u", "_s));
    return makeError(ErrorCode::ParseError, what);
}

} // namespace parkett
