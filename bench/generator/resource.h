#pragma once

#include "meter.h"

#include <QByteArray>
#include <QList>

namespace cloudshift {

// How a meter's quantity moves from day to day.
enum class UsageShape {
    AlwaysOn, // base x 24 hours; base may grow (App Service instances)
    BusinessHours, // about base hours on weekdays, none at weekends (auto-shutdown)
    NightlyBatch, // about base hours every day
    Bursty, // whole days on, partial days, or off (GPU training)
    Prorated, // base units a month, billed pro rata per day (disks, protected instances)
    Stored, // base GB held, growing, billed pro rata per day
    Volume, // base units a day with noise, weekends at weekendFactor, growing
};

// One meter billed to a resource. A scale set bills one line per instance, so it has one usage per
// instance, told apart by the VM name in AdditionalInfo.
struct MeterUsage
{
    Meter meter;
    UsageShape shape = UsageShape::AlwaysOn;
    double base = 1.0;
    double growthPerMonth = 0.0;
    double weekendFactor = 1.0;
    int firstDay = 0; // day index at which this usage starts, within the resource's life
    QByteArray consumedService;
    QByteArray additionalInfo;
    QByteArray serviceInfo2;
};

// A credit on one resource: hours of an outage given back.
struct Refund
{
    int usage; // index into Resource::usages
    int day; // day index of the credit
    qint64 quantity; // micro-units, positive; written negated
};

struct Resource
{
    quint64 key = 0; // stable per resource; seeds its day-to-day noise
    int subscription = 0;
    int region = 0;
    QByteArray resourceGroup;
    QByteArray name;
    QByteArray id;
    QByteArray location; // ResourceLocation as written (services differ in spelling)
    QByteArray zone;
    QByteArray tags; // EA form: "key": "value" pairs without braces
    int firstDay = 0; // inclusive day indices within the export period
    int lastDay = 0;
    QList<MeterUsage> usages;
    QList<Refund> refunds;
};

} // namespace cloudshift
