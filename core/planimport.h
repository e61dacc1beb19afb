// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/seatplan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace parkett {

/** An imported plan plus what the importer noticed on the way: re-keyed duplicate ids, seats
    without a category, fields it kept without modelling them. One line per finding, each
    starting with the place in the file ("zones[0].rows[3].seats[2]: ..."). */
struct PlanImport
{
    SeatPlan plan;
    QStringList report;
};

/** Importers for seating plans made elsewhere. They are lenient where real files are messy
    (duplicate ids are re-keyed as "id~2", unknown categories are added, unknown fields are
    kept) and strict where the geometry cannot be trusted: a seat without a usable position or
    a structure of the wrong type gives a ParseError naming the place, and nothing is returned
    half-imported.

    Every seat keeps its source id in Seat::externalId (pretix "seat_guid"; seats.io object
    label "Section-Row-Seat" or "Table-Seat"). Fields the plan does not model go to
    SeatPlan::importExtras(), laid out as
        { "format": "pretix" | "seats.io",
          "plan": { <unmodelled top-level fields> },
          "categories" | "sections" | "rows" | "seats" | "tables" | "zones":
              { "<native id>": { <unmodelled fields of that object> } },
          "shapes": { "<index in SeatPlan::shapes()>": { ... } } }
    so the extras follow the plan's stable ids through edits and exports. */

/** pretix seating-plan JSON: zones (-> sections) with rows of seats and decorative areas.
    Positions are zone + row + seat offsets; a row's angle and curve are fitted to its seats. */
Result<PlanImport> importPretixPlan(const QByteArray &json);

/** seats.io chart JSON: subChart (or subChartFloors) with rows, tables, general admission
    areas, shapes, texts, booths and sections that carry their own subChart. */
Result<PlanImport> importSeatsioChart(const QByteArray &json);

/** Recognises the native "parkett-seatplan" format, pretix and seats.io; anything else is a
    ParseError saying the format is unknown. */
Result<PlanImport> importPlanAuto(const QByteArray &json);

/** pretix seating-plan JSON for \a plan: one zone per section (plus one for rows, tables and
    seats outside sections), rows with seat offsets, categories by name, shapes and standing
    zones as areas. importPretixPlan() reads it back to the same seats. Extras kept from a
    pretix import (uuids and the like) are written back. */
QJsonObject exportPretixPlan(const SeatPlan &plan);

} // namespace parkett
