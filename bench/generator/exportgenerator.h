#pragma once

#include "generatoroptions.h"
#include "resource.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cloudshift {

class BillingCalendar;
class ExportWriter;
class UsageModel;

// Runs the generator: loads the VM prices, builds the fleet batch by batch and streams its cost lines,
// period by period, until one batch is written or the file reaches the target size.
class ExportGenerator
{
public:
    struct Summary
    {
        qint64 lines = 0;
        qint64 bytes = 0;
        qint64 cost = 0; // 1e-8 dollars
        qint64 resources = 0; // resources with at least one line
        int batches = 0;
        QDate firstDate;
        QDate lastDate;
    };

    explicit ExportGenerator(const GeneratorOptions& options);

    bool run(Summary* summary, QString* error);

private:
    // Returns false once the target size is reached.
    bool writeBatch(const QList<Resource>& fleet, const BillingCalendar& calendar, const UsageModel& model,
        ExportWriter& writer, Summary* summary);
    bool writeOne(ExportWriter& writer, const Resource& resource, int usage, QDate date,
        const BillingCalendar& calendar, int month, qint64 quantity, bool refund, Summary* summary);

    GeneratorOptions m_options;
};

} // namespace cloudshift
