// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seatplan.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

#include <QJsonArray>

namespace parkett {

int SeatPlan::addCategory(const Category &category)
{
    Category c = category;
    if (!c.id.isValid())
        c.id = CategoryId(nextId());
    m_lastId = std::max(m_lastId, c.id.value);
    m_categories.append(c);
    return int(m_categories.size() - 1);
}

int SeatPlan::addSection(const Section &section)
{
    Section s = section;
    if (!s.id.isValid())
        s.id = SectionId(nextId());
    m_lastId = std::max(m_lastId, s.id.value);
    s.rows.clear();
    m_sections.append(s);
    return int(m_sections.size() - 1);
}

int SeatPlan::addRow(int section, const Row &row)
{
    Row r = row;
    if (!r.id.isValid())
        r.id = RowId(nextId());
    m_lastId = std::max(m_lastId, r.id.value);
    r.section = section;
    r.seats.clear();
    m_rows.append(r);
    const int index = int(m_rows.size() - 1);
    if (section >= 0 && section < m_sections.size())
        m_sections[section].rows.append(index);
    return index;
}

int SeatPlan::addSeat(int row, Seat seat)
{
    if (!seat.id.isValid())
        seat.id = SeatId(nextId());
    m_lastId = std::max(m_lastId, seat.id.value);
    seat.row = row;
    m_seats.append(seat);
    const int index = int(m_seats.size() - 1);
    m_seatById.insert(seat.id, index);
    if (row >= 0 && row < m_rows.size())
        m_rows[row].seats.append(index);
    invalidateIndex();
    return index;
}

int SeatPlan::addTable(const Table &table)
{
    Table t = table;
    if (!t.id.isValid())
        t.id = TableId(nextId());
    m_lastId = std::max(m_lastId, t.id.value);
    t.seats.clear();
    m_tables.append(t);
    return int(m_tables.size() - 1);
}

int SeatPlan::addSeatToTable(int table, Seat seat)
{
    seat.table = table;
    const int index = addSeat(-1, seat);
    if (table >= 0 && table < m_tables.size())
        m_tables[table].seats.append(index);
    return index;
}

int SeatPlan::addZone(const StandingZone &zone)
{
    StandingZone z = zone;
    if (!z.id.isValid())
        z.id = ZoneId(nextId());
    m_lastId = std::max(m_lastId, z.id.value);
    m_zones.append(z);
    return int(m_zones.size() - 1);
}

void SeatPlan::addShape(const Shape &shape)
{
    m_shapes.append(shape);
}

int SeatPlan::addArea(const Area &area)
{
    Area a = area;
    if (!a.id.isValid())
        a.id = AreaId(nextId());
    m_lastId = std::max(m_lastId, a.id.value);
    m_areas.append(a);
    return int(m_areas.size() - 1);
}

int SeatPlan::areaIndex(AreaId id) const
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).id == id)
            return i;
    }
    return -1;
}

const Area *SeatPlan::area(AreaId id) const
{
    const int i = areaIndex(id);
    return i < 0 ? nullptr : &m_areas.at(i);
}

void SeatPlan::insertArea(int index, const Area &area)
{
    m_lastId = std::max(m_lastId, area.id.value);
    m_areas.insert(std::clamp<qsizetype>(index, 0, m_areas.size()), area);
}

bool SeatPlan::removeArea(AreaId id)
{
    const int i = areaIndex(id);
    if (i < 0)
        return false;
    m_areas.removeAt(i);
    return true;
}

bool SeatPlan::updateArea(const Area &area)
{
    const int i = areaIndex(area.id);
    if (i < 0)
        return false;
    m_areas[i] = area;
    return true;
}

namespace {

template<typename F>
bool changeArea(QList<Area> &areas, AreaId id, F change)
{
    for (Area &a : areas) {
        if (a.id == id) {
            change(a);
            return true;
        }
    }
    return false;
}

} // namespace

bool SeatPlan::setAreaName(AreaId id, const QString &name)
{
    return changeArea(m_areas, id, [&](Area &a) { a.name = name; });
}

bool SeatPlan::setAreaColor(AreaId id, const QString &color)
{
    return changeArea(m_areas, id, [&](Area &a) { a.color = color; });
}

bool SeatPlan::setAreaSeats(AreaId id, const QList<SeatId> &seats)
{
    return changeArea(m_areas, id, [&](Area &a) { a.seats = seats; });
}

bool SeatPlan::setAreaTables(AreaId id, const QList<TableId> &tables)
{
    return changeArea(m_areas, id, [&](Area &a) { a.tables = tables; });
}

bool SeatPlan::setAreaDistancing(AreaId id, const DistancingRules &rules)
{
    return changeArea(m_areas, id, [&](Area &a) { a.distancing = rules; });
}

bool SeatPlan::setAreaLimits(AreaId id, const OrderLimits &limits)
{
    return changeArea(m_areas, id, [&](Area &a) { a.limits = limits; });
}

QList<int> SeatPlan::areasOfSeat(int seatIndex) const
{
    QList<int> out;
    const Seat &seat = m_seats.at(seatIndex);
    const TableId table = seat.table >= 0 ? m_tables.at(seat.table).id : TableId();
    for (int i = 0; i < m_areas.size(); ++i) {
        const Area &a = m_areas.at(i);
        if (a.seats.contains(seat.id) || (table.isValid() && a.tables.contains(table)))
            out.append(i);
    }
    return out;
}

QList<int> SeatPlan::areaSeatIndices(int areaIndex) const
{
    const Area &a = m_areas.at(areaIndex);
    QList<int> out;
    out.reserve(a.seats.size());
    QList<bool> seen(m_seats.size(), false);
    auto add = [&](int index) {
        if (index >= 0 && !seen.at(index)) {
            seen[index] = true;
            out.append(index);
        }
    };
    for (SeatId id : a.seats)
        add(seatIndex(id));
    for (TableId id : a.tables) {
        const int t = tableIndex(id);
        if (t >= 0) {
            for (qint32 index : m_tables.at(t).seats)
                add(index);
        }
    }
    return out;
}

int SeatPlan::tableIndex(TableId id) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).id == id)
            return i;
    }
    return -1;
}

bool SeatPlan::setTableBooking(TableId id, TableBooking booking, int minPersons, int maxPersons)
{
    const int i = tableIndex(id);
    if (i < 0)
        return false;
    Table &t = m_tables[i];
    t.booking = booking;
    t.minPersons = minPersons;
    t.maxPersons = maxPersons;
    return true;
}

void SeatPlan::setSeatPosition(int seatIndex, QPointF pos)
{
    m_seats[seatIndex].pos = pos;
    invalidateIndex();
}

void SeatPlan::setSeatRotation(int seatIndex, float degrees)
{
    m_seats[seatIndex].rotation = degrees;
}

void SeatPlan::setSeatCategory(int seatIndex, CategoryId category)
{
    m_seats[seatIndex].category = category;
}

void SeatPlan::setSeatFlags(int seatIndex, SeatFlags flags)
{
    m_seats[seatIndex].flags = flags;
}

void SeatPlan::setSeatLabel(int seatIndex, const QString &label)
{
    m_seats[seatIndex].label = label;
}

void SeatPlan::setRowLabel(int rowIndex, const QString &label)
{
    m_rows[rowIndex].label = label;
}

int SeatPlan::rowIndex(RowId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int SeatPlan::sectionIndex(SectionId id) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).id == id)
            return i;
    }
    return -1;
}

void SeatPlan::rebuildSeatIds()
{
    m_seatById.clear();
    m_seatById.reserve(m_seats.size());
    for (qint32 i = 0; i < m_seats.size(); ++i)
        m_seatById.insert(m_seats.at(i).id, i);
}

QList<SeatPlan::RemovedSeat> SeatPlan::removeSeats(const QList<SeatId> &ids)
{
    QList<RemovedSeat> removed;
    QList<bool> gone(m_seats.size(), false);
    for (SeatId id : ids) {
        const int i = seatIndex(id);
        if (i < 0 || gone.at(i))
            continue;
        gone[i] = true;
        RemovedSeat r;
        r.seat = m_seats.at(i);
        if (r.seat.row >= 0) {
            r.row = m_rows.at(r.seat.row).id;
            r.position = int(m_rows.at(r.seat.row).seats.indexOf(i));
        } else if (r.seat.table >= 0) {
            r.table = m_tables.at(r.seat.table).id;
            r.position = int(m_tables.at(r.seat.table).seats.indexOf(i));
        }
        removed.append(r);
    }
    if (removed.isEmpty())
        return removed;
    // Compact the seat array and renumber every index that points into it, in one pass.
    QList<qint32> newIndex(m_seats.size(), -1);
    QList<Seat> kept;
    kept.reserve(m_seats.size() - removed.size());
    for (qint32 i = 0; i < m_seats.size(); ++i) {
        if (!gone.at(i)) {
            newIndex[i] = qint32(kept.size());
            kept.append(m_seats.at(i));
        }
    }
    auto remap = [&newIndex](QList<qint32> &indices) {
        QList<qint32> out;
        out.reserve(indices.size());
        for (qint32 i : indices) {
            if (newIndex.at(i) >= 0)
                out.append(newIndex.at(i));
        }
        indices = out;
    };
    for (Row &row : m_rows)
        remap(row.seats);
    for (Table &table : m_tables)
        remap(table.seats);
    m_seats = kept;
    rebuildSeatIds();
    invalidateIndex();
    return removed;
}

void SeatPlan::restoreSeats(const QList<RemovedSeat> &removedSeats)
{
    // Original positions, inserted from the front of each row, land exactly where they were.
    QList<RemovedSeat> removed = removedSeats;
    std::stable_sort(removed.begin(), removed.end(), [](const RemovedSeat &a, const RemovedSeat &b) {
        return a.position < b.position;
    });
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        Seat seat = it->seat;
        const int row = it->row.isValid() ? rowIndex(it->row) : -1;
        int table = -1;
        for (int t = 0; it->table.isValid() && t < m_tables.size(); ++t) {
            if (m_tables.at(t).id == it->table)
                table = t;
        }
        seat.row = row;
        seat.table = table;
        m_seats.append(seat);
        const qint32 index = qint32(m_seats.size() - 1);
        m_seatById.insert(seat.id, index);
        QList<qint32> *order = row >= 0 ? &m_rows[row].seats
                                        : (table >= 0 ? &m_tables[table].seats : nullptr);
        if (order)
            order->insert(std::clamp<qsizetype>(it->position, 0, order->size()), index);
    }
    invalidateIndex();
}

bool SeatPlan::removeEmptyRow(RowId id)
{
    const int r = rowIndex(id);
    if (r < 0 || !m_rows.at(r).seats.isEmpty())
        return false;
    m_rows.removeAt(r);
    for (Seat &seat : m_seats) {
        if (seat.row > r)
            --seat.row;
    }
    for (Section &section : m_sections) {
        section.rows.removeAll(r);
        for (qint32 &index : section.rows) {
            if (index > r)
                --index;
        }
    }
    return true;
}

QPointF rotatedAbout(QPointF p, QPointF centre, double degrees)
{
    if (degrees == 0)
        return p;
    const double rad = degrees * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    const QPointF d = p - centre;
    return centre + QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
}

bool StandingZone::contains(QPointF point) const
{
    const QPointF p = rotatedAbout(point, bounds.center(), -rotation);
    if (outline.size() < 3)
        return bounds.contains(p);
    // Even-odd ray casting, as QPolygonF does; core has no Qt Gui.
    bool inside = false;
    for (qsizetype i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
        const QPointF a = outline.at(i), b = outline.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y())
            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

void SeatPlan::insertRow(int index, const Row &row)
{
    index = std::clamp(index, 0, int(m_rows.size()));
    Row r = row;
    r.seats.clear();
    m_lastId = std::max(m_lastId, r.id.value);
    for (Seat &seat : m_seats) {
        if (seat.row >= index)
            ++seat.row;
    }
    for (Section &section : m_sections) {
        for (qint32 &i : section.rows) {
            if (i >= index)
                ++i;
        }
    }
    m_rows.insert(index, r);
    if (r.section >= 0 && r.section < m_sections.size()) {
        QList<qint32> &rows = m_sections[r.section].rows;
        rows.insert(std::lower_bound(rows.begin(), rows.end(), index), index);
    }
}

void SeatPlan::setSection(int index, const Section &section)
{
    Section &s = m_sections[index];
    s.id = section.id;
    s.name = section.name;
    s.outline = section.outline;
}

void SeatPlan::insertSection(int index, const Section &section)
{
    index = std::clamp(index, 0, int(m_sections.size()));
    Section s = section;
    s.rows.clear();
    m_lastId = std::max(m_lastId, s.id.value);
    for (Row &row : m_rows) {
        if (row.section >= index)
            ++row.section;
    }
    m_sections.insert(index, s);
}

bool SeatPlan::removeEmptySection(int index)
{
    if (index < 0 || index >= m_sections.size() || !m_sections.at(index).rows.isEmpty())
        return false;
    m_sections.removeAt(index);
    for (Row &row : m_rows) {
        if (row.section > index)
            --row.section;
    }
    return true;
}

void SeatPlan::setTable(int index, const Table &table)
{
    Table &t = m_tables[index];
    const QList<qint32> seats = t.seats;
    t = table;
    t.seats = seats;
}

void SeatPlan::insertTable(int index, const Table &table)
{
    index = std::clamp(index, 0, int(m_tables.size()));
    Table t = table;
    t.seats.clear();
    m_lastId = std::max(m_lastId, t.id.value);
    for (Seat &seat : m_seats) {
        if (seat.table >= index)
            ++seat.table;
    }
    m_tables.insert(index, t);
}

bool SeatPlan::removeEmptyTable(int index)
{
    if (index < 0 || index >= m_tables.size() || !m_tables.at(index).seats.isEmpty())
        return false;
    m_tables.removeAt(index);
    for (Seat &seat : m_seats) {
        if (seat.table > index)
            --seat.table;
    }
    return true;
}

void SeatPlan::setZone(int index, const StandingZone &zone)
{
    m_zones[index] = zone;
}

void SeatPlan::insertZone(int index, const StandingZone &zone)
{
    m_lastId = std::max(m_lastId, zone.id.value);
    m_zones.insert(std::clamp(index, 0, int(m_zones.size())), zone);
}

void SeatPlan::removeZone(int index)
{
    m_zones.removeAt(index);
}

void SeatPlan::setShape(int index, const Shape &shape)
{
    m_shapes[index] = shape;
}

void SeatPlan::insertShape(int index, const Shape &shape)
{
    m_shapes.insert(std::clamp(index, 0, int(m_shapes.size())), shape);
}

void SeatPlan::removeShape(int index)
{
    m_shapes.removeAt(index);
}

qint64 SeatPlan::nextId()
{
    return ++m_lastId;
}

int SeatPlan::seatIndex(SeatId id) const
{
    return m_seatById.value(id, -1);
}

const Seat *SeatPlan::seat(SeatId id) const
{
    const int i = seatIndex(id);
    return i < 0 ? nullptr : &m_seats.at(i);
}

const Category *SeatPlan::category(CategoryId id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const StandingZone *SeatPlan::zone(ZoneId id) const
{
    for (const StandingZone &z : m_zones) {
        if (z.id == id)
            return &z;
    }
    return nullptr;
}

QString SeatPlan::rowLabelOf(int seatIndex) const
{
    const Seat &s = m_seats.at(seatIndex);
    if (s.row >= 0)
        return m_rows.at(s.row).label;
    if (s.table >= 0)
        return m_tables.at(s.table).label;
    return QString();
}

QString SeatPlan::sectionNameOf(int seatIndex) const
{
    const Seat &s = m_seats.at(seatIndex);
    if (s.row >= 0) {
        const int section = m_rows.at(s.row).section;
        if (section >= 0)
            return m_sections.at(section).name;
    }
    return QString();
}

int SeatPlan::standingCapacity() const
{
    int total = 0;
    for (const StandingZone &z : m_zones)
        total += z.capacity;
    return total;
}

QRectF SeatPlan::bounds() const
{
    QRectF r;
    bool first = true;
    auto grow = [&](const QRectF &b) {
        r = first ? b : r.united(b);
        first = false;
    };
    for (const Seat &s : m_seats)
        grow(QRectF(s.pos - QPointF(30, 30), QSizeF(60, 60)));
    for (const StandingZone &z : m_zones)
        grow(z.bounds);
    for (const Shape &sh : m_shapes)
        grow(sh.bounds);
    for (const Section &sec : m_sections) {
        for (QPointF p : sec.outline)
            grow(QRectF(p, QSizeF(1, 1)));
    }
    return r;
}

void SeatPlan::invalidateIndex()
{
    m_indexValid = false;
}

void SeatPlan::buildIndex() const
{
    m_indexValid = true;
    m_cellStart.clear();
    m_cellSeats.clear();
    if (m_seats.isEmpty()) {
        m_cols = m_rowsInGrid = 0;
        return;
    }
    double minX = m_seats.first().pos.x(), maxX = minX;
    double minY = m_seats.first().pos.y(), maxY = minY;
    for (const Seat &s : m_seats) {
        minX = std::min(minX, s.pos.x());
        maxX = std::max(maxX, s.pos.x());
        minY = std::min(minY, s.pos.y());
        maxY = std::max(maxY, s.pos.y());
    }
    m_indexBounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    // Aim for a handful of seats per cell.
    const double area = std::max(1.0, (maxX - minX + 1) * (maxY - minY + 1));
    m_cellSize = std::max(10.0, std::sqrt(area / std::max<qsizetype>(1, m_seats.size()) * 4));
    m_cols = int((maxX - minX) / m_cellSize) + 1;
    m_rowsInGrid = int((maxY - minY) / m_cellSize) + 1;
    const int cells = m_cols * m_rowsInGrid;
    QList<qint32> counts(cells + 1, 0);
    auto cellOf = [&](QPointF p) {
        const int cx = std::clamp(int((p.x() - minX) / m_cellSize), 0, m_cols - 1);
        const int cy = std::clamp(int((p.y() - minY) / m_cellSize), 0, m_rowsInGrid - 1);
        return cy * m_cols + cx;
    };
    for (const Seat &s : m_seats)
        ++counts[cellOf(s.pos) + 1];
    for (int i = 1; i <= cells; ++i)
        counts[i] += counts[i - 1];
    m_cellStart = counts;
    m_cellSeats.resize(m_seats.size());
    QList<qint32> fill = counts;
    for (qint32 i = 0; i < m_seats.size(); ++i)
        m_cellSeats[fill[cellOf(m_seats.at(i).pos)]++] = i;
}

QList<int> SeatPlan::seatsIn(const QRectF &rect) const
{
    if (!m_indexValid)
        buildIndex();
    QList<int> out;
    if (m_cols == 0)
        return out;
    const QRectF r = rect.normalized();
    const int x0 = std::clamp(int((r.left() - m_indexBounds.left()) / m_cellSize), 0, m_cols - 1);
    const int x1 = std::clamp(int((r.right() - m_indexBounds.left()) / m_cellSize), 0, m_cols - 1);
    const int y0 = std::clamp(int((r.top() - m_indexBounds.top()) / m_cellSize),
                              0,
                              m_rowsInGrid - 1);
    const int y1 = std::clamp(int((r.bottom() - m_indexBounds.top()) / m_cellSize),
                              0,
                              m_rowsInGrid - 1);
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const int cell = cy * m_cols + cx;
            for (int k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const int i = m_cellSeats[k];
                if (r.contains(m_seats.at(i).pos))
                    out.append(i);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

int SeatPlan::seatAt(QPointF point, double radius) const
{
    const QList<int> candidates = seatsIn(
        QRectF(point - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    int best = -1;
    double bestDist = radius * radius;
    for (int i : candidates) {
        const QPointF d = m_seats.at(i).pos - point;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= bestDist) {
            bestDist = dist;
            best = i;
        }
    }
    return best;
}

QList<QPointF> SeatPlan::rowGeometry(
    QPointF start, int count, double spacing, double angleDeg, double curve)
{
    QList<QPointF> out;
    out.reserve(count);
    const double length = spacing * std::max(0, count - 1);
    const double rad = angleDeg * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    const auto place = [&](double x, double y) {
        out.append(QPointF(start.x() + x * c - y * s, start.y() + x * s + y * c));
    };
    if (curve == 0 || length <= 0 || count < 3) {
        for (int i = 0; i < count; ++i)
            place(spacing * i, 0);
        return out;
    }
    // A parabolic bow through both ends with the given sagitta at the middle; seats are spaced
    // evenly along the bow, not along its chord, so a deep curve keeps even legroom.
    const auto bow = [&](double x) {
        const double t = x / length * 2 - 1;
        return curve * (1 - t * t);
    };
    const int samples = 16 * count;
    QList<double> arc(samples + 1, 0.0);
    for (int k = 1; k <= samples; ++k) {
        const double x0 = length * (k - 1) / samples, x1 = length * k / samples;
        arc[k] = arc[k - 1] + std::hypot(x1 - x0, bow(x1) - bow(x0));
    }
    int k = 1;
    for (int i = 0; i < count; ++i) {
        const double want = arc[samples] * i / (count - 1);
        while (k < samples && arc[k] < want)
            ++k;
        const double span = arc[k] - arc[k - 1];
        const double f = span > 0 ? std::clamp((want - arc[k - 1]) / span, 0.0, 1.0) : 0.0;
        const double x = length * (k - 1 + f) / samples;
        place(i == count - 1 ? length : x, i == count - 1 ? 0 : bow(x));
    }
    return out;
}

// --- JSON -------------------------------------------------------------------------------

namespace {

const QLatin1StringView kFormat("parkett-seatplan");
constexpr int kFormatVersion = 2;

struct FlagName
{
    SeatFlag flag;
    const char *name;
};
constexpr FlagName kFlagNames[] = {
    {SeatFlag::Wheelchair, "wheelchair"},
    {SeatFlag::Companion, "companion"},
    {SeatFlag::RestrictedView, "restrictedView"},
    {SeatFlag::Aisle, "aisle"},
};

std::optional<SeatFlag> flagNamed(const QString &name)
{
    for (const auto &fn : kFlagNames) {
        if (name == QLatin1StringView(fn.name))
            return fn.flag;
    }
    return std::nullopt;
}

QJsonArray pointJson(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray rectJson(const QRectF &r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

QJsonArray pointsJson(const QList<QPointF> &points)
{
    QJsonArray a;
    for (QPointF p : points)
        a.append(pointJson(p));
    return a;
}

const char *const kTableBooking[] = {"seat", "table", "party"};

QJsonArray idsJson(const auto &ids)
{
    QJsonArray a;
    for (const auto id : ids)
        a.append(id.value);
    return a;
}

QJsonArray stringsJson(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject areaJson(const Area &a)
{
    const DistancingRules &d = a.distancing;
    const OrderLimits &l = a.limits;
    return QJsonObject{
        {QStringLiteral("id"), a.id.value},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("color"), a.color},
        {QStringLiteral("seats"), idsJson(a.seats)},
        {QStringLiteral("tables"), idsJson(a.tables)},
        {QStringLiteral("distancing"),
         QJsonObject{{QStringLiteral("enabled"), d.enabled},
                     {QStringLiteral("seatsEachSide"), d.seatsEachSide},
                     {QStringLiteral("frontBehind"), d.frontBehind},
                     {QStringLiteral("diagonal"), d.diagonal},
                     {QStringLiteral("rowEndSeats"), d.rowEndSeats},
                     {QStringLiteral("maxGroupSize"), d.maxGroupSize},
                     {QStringLiteral("maxOccupancy"), d.maxOccupancy},
                     {QStringLiteral("occupancyPercent"), d.occupancyPercent},
                     {QStringLiteral("onePartyPerTable"), d.onePartyPerTable},
                     {QStringLiteral("alwaysFree"), idsJson(d.alwaysFree)},
                     {QStringLiteral("exempt"), idsJson(d.exempt)},
                     {QStringLiteral("radius"), d.radius}}},
        {QStringLiteral("limits"),
         QJsonObject{{QStringLiteral("maxOrders"), l.maxOrders},
                     {QStringLiteral("minPersons"), l.minPersons},
                     {QStringLiteral("maxPersons"), l.maxPersons},
                     {QStringLiteral("allowedPriceTypes"), stringsJson(l.allowedPriceTypes)},
                     {QStringLiteral("allowedOrderTypes"), stringsJson(l.allowedOrderTypes)}}},
    };
}

QJsonObject seatJson(const Seat &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id.value},
                  {QStringLiteral("label"), s.label},
                  {QStringLiteral("x"), s.pos.x()},
                  {QStringLiteral("y"), s.pos.y()},
                  {QStringLiteral("category"), s.category.value}};
    if (s.rotation != 0)
        o.insert(QStringLiteral("rotation"), double(s.rotation));
    if (!s.externalId.isEmpty())
        o.insert(QStringLiteral("externalId"), s.externalId);
    QJsonArray flags;
    for (const auto &f : kFlagNames) {
        if (s.flags.testFlag(f.flag))
            flags.append(QString::fromLatin1(f.name));
    }
    if (!flags.isEmpty())
        o.insert(QStringLiteral("flags"), flags);
    return o;
}

/** Flags as a number: bit i is kFlagNames[i] (the order of that table is part of format 2). */
int flagBits(SeatFlags flags)
{
    int bits = 0;
    for (qsizetype i = 0; i < std::ssize(kFlagNames); ++i) {
        if (flags.testFlag(kFlagNames[i].flag))
            bits |= 1 << i;
    }
    return bits;
}

/** Format 2: the seats of a row as parallel arrays, one entry per seat. Rotation, external
    ids and flags are written only when some seat has one. */
QJsonObject seatColumnsJson(const QList<Seat> &all, const QList<qint32> &seats)
{
    QJsonArray ids, labels, xs, ys, categories, rotations, externalIds, flags;
    bool anyRotation = false, anyExternal = false, anyFlags = false;
    for (qint32 i : seats) {
        const Seat &s = all.at(i);
        ids.append(s.id.value);
        labels.append(s.label);
        xs.append(s.pos.x());
        ys.append(s.pos.y());
        categories.append(s.category.value);
        rotations.append(double(s.rotation));
        externalIds.append(s.externalId);
        flags.append(flagBits(s.flags));
        anyRotation = anyRotation || s.rotation != 0;
        anyExternal = anyExternal || !s.externalId.isEmpty();
        anyFlags = anyFlags || s.flags.toInt() != 0;
    }
    QJsonObject o{{QStringLiteral("id"), ids},
                  {QStringLiteral("label"), labels},
                  {QStringLiteral("x"), xs},
                  {QStringLiteral("y"), ys},
                  {QStringLiteral("category"), categories}};
    if (anyRotation)
        o.insert(QStringLiteral("rotation"), rotations);
    if (anyExternal)
        o.insert(QStringLiteral("externalId"), externalIds);
    if (anyFlags)
        o.insert(QStringLiteral("flags"), flags);
    return o;
}

/** Reads JSON with a path for error messages ("sections[2].rows[0].seats[5].x"). */
class Reader
{
public:
    std::optional<Error> error;

    void fail(const QString &path, const QString &what)
    {
        if (!error)
            error = makeError(ErrorCode::ParseError, QStringLiteral("%1: %2").arg(path, what));
    }

    double number(const QJsonObject &o,
                  const QString &path,
                  const QString &key,
                  bool required,
                  double fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path, QStringLiteral("missing \"%1\"").arg(key));
            return fallback;
        }
        if (!v.isDouble()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a number"));
            return fallback;
        }
        return v.toDouble();
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a string"));
            return QString();
        }
        return v.toString();
    }

    QPointF point(const QJsonValue &v, const QString &path)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
            fail(path, QStringLiteral("expected [x, y]"));
            return {};
        }
        return QPointF(a.at(0).toDouble(), a.at(1).toDouble());
    }

    QRectF rect(const QJsonValue &v, const QString &path)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 4) {
            fail(path, QStringLiteral("expected [x, y, width, height]"));
            return {};
        }
        return QRectF(a.at(0).toDouble(),
                      a.at(1).toDouble(),
                      a.at(2).toDouble(),
                      a.at(3).toDouble());
    }

    QList<QPointF> points(const QJsonValue &v, const QString &path)
    {
        QList<QPointF> out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(point(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)));
        return out;
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected true or false"));
        return v.toBool();
    }

    qint32 count(const QJsonObject &o, const QString &path, const QString &key, qint32 fallback)
    {
        const double v = number(o, path, key, false, fallback);
        if (v < 0 || v > 1e9 || v != std::floor(v))
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a whole number >= 0"));
        return qint32(v);
    }

    template<typename I>
    QList<I> ids(const QJsonObject &o, const QString &path, const QString &key)
    {
        QList<I> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected an array of ids"));
            return out;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isDouble() || a.at(i).toDouble() < 1)
                fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                     QStringLiteral("expected a positive id"));
            else
                out.append(I(qint64(a.at(i).toDouble())));
        }
        return out;
    }

    QStringList strings(const QJsonObject &o, const QString &path, const QString &key)
    {
        QStringList out;
        const QJsonArray a = o.value(key).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                     QStringLiteral("expected a string"));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    Area area(const QJsonValue &v, const QString &path)
    {
        Area a;
        if (!v.isObject()) {
            fail(path, QStringLiteral("expected an object"));
            return a;
        }
        const QJsonObject o = v.toObject();
        a.id = AreaId(qint64(number(o, path, QStringLiteral("id"), true)));
        if (!a.id.isValid())
            fail(path + QStringLiteral(".id"), QStringLiteral("area id must be positive"));
        a.name = string(o, path, QStringLiteral("name"));
        a.color = string(o, path, QStringLiteral("color"));
        a.seats = ids<SeatId>(o, path, QStringLiteral("seats"));
        a.tables = ids<TableId>(o, path, QStringLiteral("tables"));
        const QJsonObject d = o.value(QStringLiteral("distancing")).toObject();
        const QString dp = path + QStringLiteral(".distancing");
        DistancingRules &r = a.distancing;
        r.enabled = boolean(d, dp, QStringLiteral("enabled"));
        r.seatsEachSide = count(d, dp, QStringLiteral("seatsEachSide"), 1);
        r.frontBehind = boolean(d, dp, QStringLiteral("frontBehind"));
        r.diagonal = boolean(d, dp, QStringLiteral("diagonal"));
        r.rowEndSeats = count(d, dp, QStringLiteral("rowEndSeats"), 0);
        r.maxGroupSize = count(d, dp, QStringLiteral("maxGroupSize"), 0);
        r.maxOccupancy = count(d, dp, QStringLiteral("maxOccupancy"), 0);
        r.occupancyPercent = boolean(d, dp, QStringLiteral("occupancyPercent"));
        if (r.occupancyPercent && r.maxOccupancy > 100)
            fail(dp + QStringLiteral(".maxOccupancy"), QStringLiteral("a percentage above 100"));
        r.onePartyPerTable = boolean(d, dp, QStringLiteral("onePartyPerTable"));
        r.alwaysFree = ids<SeatId>(d, dp, QStringLiteral("alwaysFree"));
        r.exempt = ids<SeatId>(d, dp, QStringLiteral("exempt"));
        r.radius = number(d, dp, QStringLiteral("radius"), false);
        if (r.radius < 0)
            fail(dp + QStringLiteral(".radius"), QStringLiteral("must not be negative"));
        const QJsonObject l = o.value(QStringLiteral("limits")).toObject();
        const QString lp = path + QStringLiteral(".limits");
        a.limits.maxOrders = count(l, lp, QStringLiteral("maxOrders"), 0);
        a.limits.minPersons = count(l, lp, QStringLiteral("minPersons"), 0);
        a.limits.maxPersons = count(l, lp, QStringLiteral("maxPersons"), 0);
        a.limits.allowedPriceTypes = strings(l, lp, QStringLiteral("allowedPriceTypes"));
        a.limits.allowedOrderTypes = strings(l, lp, QStringLiteral("allowedOrderTypes"));
        return a;
    }

    /** Format 2: a row's seats from parallel arrays (see seatColumnsJson). */
    QList<Seat> seatColumns(const QJsonValue &v, const QString &path)
    {
        QList<Seat> out;
        if (!v.isObject()) {
            fail(path, QStringLiteral("expected an object"));
            return out;
        }
        const QJsonObject o = v.toObject();
        const QJsonValue idValue = o.value(QStringLiteral("id"));
        if (!idValue.isArray()) {
            fail(path + QStringLiteral(".id"), QStringLiteral("expected an array"));
            return out;
        }
        const QJsonArray ids = idValue.toArray();
        const qsizetype n = ids.size();
        auto column = [&](const QString &key, bool required) {
            const QJsonValue c = o.value(key);
            if (c.isUndefined()) {
                if (required)
                    fail(path, QStringLiteral("missing \"%1\"").arg(key));
                return QJsonArray();
            }
            if (!c.isArray() || c.toArray().size() != n) {
                fail(path + QLatin1Char('.') + key,
                     QStringLiteral("expected an array of %1 entries, one per seat").arg(n));
                return QJsonArray();
            }
            return c.toArray();
        };
        const QJsonArray labels = column(QStringLiteral("label"), false),
                         xs = column(QStringLiteral("x"), true),
                         ys = column(QStringLiteral("y"), true),
                         categories = column(QStringLiteral("category"), false),
                         rotations = column(QStringLiteral("rotation"), false),
                         externalIds = column(QStringLiteral("externalId"), false),
                         flags = column(QStringLiteral("flags"), false);
        if (error)
            return out;
        const int allFlags = (1 << int(std::ssize(kFlagNames))) - 1;
        auto bad = [&](const char *key, qsizetype k, const QString &what) {
            fail(QStringLiteral("%1.%2[%3]").arg(path, QLatin1StringView(key)).arg(k), what);
        };
        out.reserve(n);
        for (qsizetype k = 0; k < n && !error; ++k) {
            Seat s;
            const QJsonValue id = ids.at(k), x = xs.at(k), y = ys.at(k);
            if (!id.isDouble() || id.toDouble() < 1)
                bad("id", k, QStringLiteral("seat id must be positive"));
            if (!x.isDouble())
                bad("x", k, QStringLiteral("expected a number"));
            if (!y.isDouble())
                bad("y", k, QStringLiteral("expected a number"));
            s.id = SeatId(qint64(id.toDouble()));
            s.pos = QPointF(x.toDouble(), y.toDouble());
            if (!labels.isEmpty()) {
                const QJsonValue label = labels.at(k);
                if (!label.isString() && !label.isNull())
                    bad("label", k, QStringLiteral("expected a string"));
                s.label = label.toString();
            }
            if (!categories.isEmpty()) {
                const QJsonValue category = categories.at(k);
                if (!category.isDouble())
                    bad("category", k, QStringLiteral("expected a number"));
                s.category = CategoryId(qint64(category.toDouble()));
            }
            if (!rotations.isEmpty()) {
                const QJsonValue rotation = rotations.at(k);
                if (!rotation.isDouble())
                    bad("rotation", k, QStringLiteral("expected a number"));
                s.rotation = float(rotation.toDouble());
            }
            if (!externalIds.isEmpty()) {
                const QJsonValue external = externalIds.at(k);
                if (!external.isString() && !external.isNull())
                    bad("externalId", k, QStringLiteral("expected a string"));
                s.externalId = external.toString();
            }
            if (!flags.isEmpty()) {
                const QJsonValue f = flags.at(k);
                const double bits = f.toDouble(-1);
                if (!f.isDouble() || bits < 0 || bits > allFlags || bits != std::floor(bits))
                    bad("flags", k, QStringLiteral("unknown flags %1").arg(f.toDouble()));
                for (qsizetype i = 0; i < std::ssize(kFlagNames); ++i) {
                    if (int(bits) & (1 << i))
                        s.flags |= kFlagNames[i].flag;
                }
            }
            out.append(s);
        }
        return out;
    }

    /** The common case without building a path string per seat: false when anything is
        off, and seat() then reads it again to name the place. */
    static bool trySeat(const QJsonValue &v, Seat &s)
    {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        static const QString kId = QStringLiteral("id"), kLabel = QStringLiteral("label"),
                             kX = QStringLiteral("x"), kY = QStringLiteral("y"),
                             kRotation = QStringLiteral("rotation"),
                             kCategory = QStringLiteral("category"),
                             kExternal = QStringLiteral("externalId"),
                             kFlags = QStringLiteral("flags");
        const QJsonValue id = o.value(kId), x = o.value(kX), y = o.value(kY);
        if (!id.isDouble() || !x.isDouble() || !y.isDouble() || id.toDouble() < 1)
            return false;
        s.id = SeatId(qint64(id.toDouble()));
        s.pos = QPointF(x.toDouble(), y.toDouble());
        const QJsonValue label = o.value(kLabel), rotation = o.value(kRotation),
                         category = o.value(kCategory), external = o.value(kExternal),
                         flags = o.value(kFlags);
        if (!(label.isUndefined() || label.isNull() || label.isString())
            || !(rotation.isUndefined() || rotation.isDouble())
            || !(category.isUndefined() || category.isDouble())
            || !(external.isUndefined() || external.isNull() || external.isString())
            || !(flags.isUndefined() || flags.isArray()))
            return false;
        s.label = label.toString();
        s.rotation = float(rotation.toDouble());
        s.category = CategoryId(qint64(category.toDouble()));
        s.externalId = external.toString();
        for (const QJsonValue &f : flags.toArray()) {
            const std::optional<SeatFlag> flag = flagNamed(f.toString());
            if (!flag)
                return false;
            s.flags |= *flag;
        }
        return true;
    }

    Seat seat(const QJsonValue &v, const QString &path)
    {
        Seat s;
        const QJsonObject o = v.toObject();
        if (!v.isObject()) {
            fail(path, QStringLiteral("expected an object"));
            return s;
        }
        s.id = SeatId(qint64(number(o, path, QStringLiteral("id"), true)));
        if (!s.id.isValid())
            fail(path + QStringLiteral(".id"), QStringLiteral("seat id must be positive"));
        s.label = string(o, path, QStringLiteral("label"));
        s.pos = QPointF(number(o, path, QStringLiteral("x"), true),
                        number(o, path, QStringLiteral("y"), true));
        s.rotation = float(number(o, path, QStringLiteral("rotation"), false));
        s.category = CategoryId(qint64(number(o, path, QStringLiteral("category"), false)));
        s.externalId = string(o, path, QStringLiteral("externalId"));
        const QJsonArray flags = o.value(QStringLiteral("flags")).toArray();
        for (const QJsonValue &f : flags) {
            if (const std::optional<SeatFlag> flag = flagNamed(f.toString()))
                s.flags |= *flag;
            else
                fail(path + QStringLiteral(".flags"),
                     QStringLiteral("unknown flag \"%1\"").arg(f.toString()));
        }
        return s;
    }
};

} // namespace

QJsonObject SeatPlan::toJson(int formatVersion) const
{
    formatVersion = std::clamp(formatVersion, 1, kFormatVersion);
    QJsonObject root{{QStringLiteral("format"), QString(kFormat)},
                     {QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("name"), m_name},
                     {QStringLiteral("version"), m_version},
                     {QStringLiteral("focalPoint"), pointJson(m_focalPoint)},
                     {QStringLiteral("lastId"), m_lastId}};
    QJsonArray cats;
    for (const Category &c : m_categories)
        cats.append(QJsonObject{{QStringLiteral("id"), c.id.value},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("color"), c.color}});
    root.insert(QStringLiteral("categories"), cats);

    auto rowJson = [&](const Row &r) {
        QJsonObject o{{QStringLiteral("id"), r.id.value},
                      {QStringLiteral("label"), r.label},
                      {QStringLiteral("curve"), r.curve},
                      {QStringLiteral("angle"), r.angle}};
        if (formatVersion >= 2) {
            o.insert(QStringLiteral("seatColumns"), seatColumnsJson(m_seats, r.seats));
        } else {
            QJsonArray seats;
            for (int i : r.seats)
                seats.append(seatJson(m_seats.at(i)));
            o.insert(QStringLiteral("seats"), seats);
        }
        return o;
    };
    QJsonArray sections;
    for (const Section &sec : m_sections) {
        QJsonArray rows;
        for (int r : sec.rows)
            rows.append(rowJson(m_rows.at(r)));
        sections.append(QJsonObject{{QStringLiteral("id"), sec.id.value},
                                    {QStringLiteral("name"), sec.name},
                                    {QStringLiteral("outline"), pointsJson(sec.outline)},
                                    {QStringLiteral("rows"), rows}});
    }
    root.insert(QStringLiteral("sections"), sections);

    QJsonArray looseRows;
    for (const Row &r : m_rows) {
        if (r.section < 0)
            looseRows.append(rowJson(r));
    }
    if (!looseRows.isEmpty())
        root.insert(QStringLiteral("rows"), looseRows);

    QJsonArray tables;
    for (const Table &t : m_tables) {
        QJsonArray seats;
        for (int i : t.seats)
            seats.append(seatJson(m_seats.at(i)));
        tables.append(QJsonObject{{QStringLiteral("id"), t.id.value},
                                  {QStringLiteral("label"), t.label},
                                  {QStringLiteral("center"), pointJson(t.center)},
                                  {QStringLiteral("radius"), t.radius},
                                  {QStringLiteral("booking"),
                                   QString::fromLatin1(kTableBooking[int(t.booking)])},
                                  {QStringLiteral("minPersons"), t.minPersons},
                                  {QStringLiteral("maxPersons"), t.maxPersons},
                                  // for readers from before booking modes
                                  {QStringLiteral("wholeTableOnly"), t.isWholeTableOnly()},
                                  {QStringLiteral("seats"), seats}});
    }
    root.insert(QStringLiteral("tables"), tables);

    QJsonArray loose;
    for (const Seat &s : m_seats) {
        if (s.row < 0 && s.table < 0)
            loose.append(seatJson(s));
    }
    if (!loose.isEmpty())
        root.insert(QStringLiteral("seats"), loose);

    QJsonArray zones;
    for (const StandingZone &z : m_zones) {
        QJsonObject o{{QStringLiteral("id"), z.id.value},
                      {QStringLiteral("name"), z.name},
                      {QStringLiteral("bounds"), rectJson(z.bounds)},
                      {QStringLiteral("capacity"), z.capacity},
                      {QStringLiteral("category"), z.category.value}};
        if (!z.outline.isEmpty())
            o.insert(QStringLiteral("outline"), pointsJson(z.outline));
        if (z.rotation != 0)
            o.insert(QStringLiteral("rotation"), z.rotation);
        zones.append(o);
    }
    root.insert(QStringLiteral("zones"), zones);

    QJsonArray shapes;
    for (const Shape &sh : m_shapes) {
        static const char *const kinds[] = {"rectangle", "ellipse", "polygon", "text"};
        QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(kinds[int(sh.kind)])},
                      {QStringLiteral("bounds"), rectJson(sh.bounds)}};
        if (!sh.points.isEmpty())
            o.insert(QStringLiteral("points"), pointsJson(sh.points));
        if (!sh.text.isEmpty())
            o.insert(QStringLiteral("text"), sh.text);
        if (!sh.color.isEmpty())
            o.insert(QStringLiteral("color"), sh.color);
        if (sh.rotation != 0)
            o.insert(QStringLiteral("rotation"), sh.rotation);
        shapes.append(o);
    }
    root.insert(QStringLiteral("shapes"), shapes);
    if (!m_areas.isEmpty()) {
        QJsonArray areas;
        for (const Area &a : m_areas)
            areas.append(areaJson(a));
        root.insert(QStringLiteral("areas"), areas);
    }
    if (!m_importExtras.isEmpty())
        root.insert(QStringLiteral("importExtras"), m_importExtras);
    return root;
}

Result<SeatPlan> SeatPlan::fromJson(const QJsonObject &json)
{
    Reader rd;
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("not a Parkett seat plan (\"format\" is not \"%1\")")
                             .arg(kFormat));
    const int formatVersion = json.value(QStringLiteral("formatVersion")).toInt();
    if (formatVersion < 1 || formatVersion > kFormatVersion)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("formatVersion %1 is not supported (this build reads %2)")
                             .arg(formatVersion)
                             .arg(kFormatVersion));
    SeatPlan plan;
    plan.m_name = json.value(QStringLiteral("name")).toString();
    plan.m_version = json.value(QStringLiteral("version")).toInt(1);
    if (json.contains(QStringLiteral("focalPoint")))
        plan.m_focalPoint = rd.point(json.value(QStringLiteral("focalPoint")),
                                     QStringLiteral("focalPoint"));

    const QJsonArray cats = json.value(QStringLiteral("categories")).toArray();
    for (qsizetype i = 0; i < cats.size(); ++i) {
        const QString path = QStringLiteral("categories[%1]").arg(i);
        const QJsonObject o = cats.at(i).toObject();
        Category c;
        c.id = CategoryId(qint64(rd.number(o, path, QStringLiteral("id"), true)));
        c.name = rd.string(o, path, QStringLiteral("name"));
        c.color = rd.string(o, path, QStringLiteral("color"));
        plan.addCategory(c);
    }

    auto readRow = [&](const QJsonValue &v, int section, const QString &path) {
        const QJsonObject o = v.toObject();
        Row r;
        r.id = RowId(qint64(rd.number(o, path, QStringLiteral("id"), true)));
        r.label = rd.string(o, path, QStringLiteral("label"));
        r.curve = rd.number(o, path, QStringLiteral("curve"), false);
        r.angle = rd.number(o, path, QStringLiteral("angle"), false);
        const int row = plan.addRow(section, r);
        if (const QJsonValue columns = o.value(QStringLiteral("seatColumns"));
            !columns.isUndefined()) {
            const QString columnsPath = path + QStringLiteral(".seatColumns");
            const QList<Seat> seats = rd.seatColumns(columns, columnsPath);
            for (qsizetype k = 0; k < seats.size(); ++k) {
                if (plan.m_seatById.contains(seats.at(k).id))
                    rd.fail(QStringLiteral("%1.id[%2]").arg(columnsPath).arg(k),
                            QStringLiteral("duplicate seat id %1").arg(seats.at(k).id.value));
                plan.addSeat(row, seats.at(k));
            }
            return;
        }
        const QJsonArray seats = o.value(QStringLiteral("seats")).toArray();
        for (qsizetype k = 0; k < seats.size(); ++k) {
            auto seatPath = [&] { return QStringLiteral("%1.seats[%2]").arg(path).arg(k); };
            Seat s;
            if (!Reader::trySeat(seats.at(k), s))
                s = rd.seat(seats.at(k), seatPath());
            if (s.id.isValid() && plan.m_seatById.contains(s.id))
                rd.fail(seatPath() + QStringLiteral(".id"),
                        QStringLiteral("duplicate seat id %1").arg(s.id.value));
            plan.addSeat(row, s);
        }
    };

    const QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        const QJsonObject o = sections.at(i).toObject();
        Section sec;
        sec.id = SectionId(qint64(rd.number(o, path, QStringLiteral("id"), true)));
        sec.name = rd.string(o, path, QStringLiteral("name"));
        sec.outline = rd.points(o.value(QStringLiteral("outline")),
                                path + QStringLiteral(".outline"));
        const int index = plan.addSection(sec);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        for (qsizetype r = 0; r < rows.size(); ++r)
            readRow(rows.at(r), index, QStringLiteral("%1.rows[%2]").arg(path).arg(r));
    }
    const QJsonArray looseRows = json.value(QStringLiteral("rows")).toArray();
    for (qsizetype r = 0; r < looseRows.size(); ++r)
        readRow(looseRows.at(r), -1, QStringLiteral("rows[%1]").arg(r));

    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString path = QStringLiteral("tables[%1]").arg(i);
        const QJsonObject o = tables.at(i).toObject();
        Table t;
        t.id = TableId(qint64(rd.number(o, path, QStringLiteral("id"), true)));
        t.label = rd.string(o, path, QStringLiteral("label"));
        t.center = rd.point(o.value(QStringLiteral("center")), path + QStringLiteral(".center"));
        t.radius = rd.number(o, path, QStringLiteral("radius"), false);
        const QJsonValue booking = o.value(QStringLiteral("booking"));
        if (booking.isUndefined()) {
            // Files from before booking modes only knew "whole table or by seat".
            t.booking = o.value(QStringLiteral("wholeTableOnly")).toBool()
                            ? TableBooking::WholeTable
                            : TableBooking::BySeat;
        } else {
            const QString mode = booking.toString();
            const auto *found = std::find_if(std::begin(kTableBooking),
                                             std::end(kTableBooking),
                                             [&](const char *name) {
                                                 return mode == QLatin1StringView(name);
                                             });
            if (found == std::end(kTableBooking))
                rd.fail(path + QStringLiteral(".booking"),
                        QStringLiteral("unknown booking mode \"%1\"").arg(mode));
            else
                t.booking = TableBooking(found - std::begin(kTableBooking));
        }
        t.minPersons = rd.count(o, path, QStringLiteral("minPersons"), 0);
        t.maxPersons = rd.count(o, path, QStringLiteral("maxPersons"), 0);
        const int index = plan.addTable(t);
        const QJsonArray seats = o.value(QStringLiteral("seats")).toArray();
        for (qsizetype k = 0; k < seats.size(); ++k)
            plan.addSeatToTable(index,
                                rd.seat(seats.at(k),
                                        QStringLiteral("%1.seats[%2]").arg(path).arg(k)));
    }
    const QJsonArray loose = json.value(QStringLiteral("seats")).toArray();
    for (qsizetype k = 0; k < loose.size(); ++k)
        plan.addSeat(-1, rd.seat(loose.at(k), QStringLiteral("seats[%1]").arg(k)));

    const QJsonArray zones = json.value(QStringLiteral("zones")).toArray();
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString path = QStringLiteral("zones[%1]").arg(i);
        const QJsonObject o = zones.at(i).toObject();
        StandingZone z;
        z.id = ZoneId(qint64(rd.number(o, path, QStringLiteral("id"), true)));
        z.name = rd.string(o, path, QStringLiteral("name"));
        z.bounds = rd.rect(o.value(QStringLiteral("bounds")), path + QStringLiteral(".bounds"));
        if (o.contains(QStringLiteral("outline")))
            z.outline = rd.points(o.value(QStringLiteral("outline")),
                                  path + QStringLiteral(".outline"));
        z.capacity = int(rd.number(o, path, QStringLiteral("capacity"), true));
        if (z.capacity < 0)
            rd.fail(path + QStringLiteral(".capacity"), QStringLiteral("must not be negative"));
        z.category = CategoryId(qint64(rd.number(o, path, QStringLiteral("category"), false)));
        // Files from before rotation have none: 0.
        z.rotation = rd.number(o, path, QStringLiteral("rotation"), false);
        plan.addZone(z);
    }

    const QJsonArray shapes = json.value(QStringLiteral("shapes")).toArray();
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        const QString path = QStringLiteral("shapes[%1]").arg(i);
        const QJsonObject o = shapes.at(i).toObject();
        Shape sh;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1StringView("rectangle"))
            sh.kind = Shape::Kind::Rectangle;
        else if (kind == QLatin1StringView("ellipse"))
            sh.kind = Shape::Kind::Ellipse;
        else if (kind == QLatin1StringView("polygon"))
            sh.kind = Shape::Kind::Polygon;
        else if (kind == QLatin1StringView("text"))
            sh.kind = Shape::Kind::Text;
        else
            rd.fail(path + QStringLiteral(".kind"),
                    QStringLiteral("unknown shape \"%1\"").arg(kind));
        sh.bounds = rd.rect(o.value(QStringLiteral("bounds")), path + QStringLiteral(".bounds"));
        sh.points = rd.points(o.value(QStringLiteral("points")), path + QStringLiteral(".points"));
        sh.text = rd.string(o, path, QStringLiteral("text"));
        sh.color = rd.string(o, path, QStringLiteral("color"));
        sh.rotation = rd.number(o, path, QStringLiteral("rotation"), false);
        plan.addShape(sh);
    }

    const QJsonArray areas = json.value(QStringLiteral("areas")).toArray();
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString path = QStringLiteral("areas[%1]").arg(i);
        const Area a = rd.area(areas.at(i), path);
        if (a.id.isValid() && plan.areaIndex(a.id) >= 0)
            rd.fail(path + QStringLiteral(".id"),
                    QStringLiteral("duplicate area id %1").arg(a.id.value));
        plan.addArea(a);
    }

    const QJsonValue extras = json.value(QStringLiteral("importExtras"));
    if (extras.isObject())
        plan.m_importExtras = extras.toObject();
    else if (!extras.isUndefined() && !extras.isNull())
        rd.fail(QStringLiteral("importExtras"), QStringLiteral("expected an object"));

    if (rd.error)
        return *rd.error;
    plan.m_lastId = std::max(plan.m_lastId, qint64(json.value(QStringLiteral("lastId")).toDouble()));
    return plan;
}

} // namespace parkett
