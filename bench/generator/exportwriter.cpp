#include "exportwriter.h"

#include "billingcalendar.h"
#include "company.h"
#include "fixeddecimal.h"
#include "resource.h"

#include <cstdio>

namespace cloudshift {

namespace {

constexpr qsizetype blockSize = 1 << 20;

} // namespace

ExportWriter::ExportWriter(const Company& company)
    : m_company(company)
{
    m_buffer.reserve(blockSize + 64 * 1024);
}

ExportWriter::~ExportWriter()
{
    QString ignored;
    close(&ignored);
}

QList<QByteArray> ExportWriter::columns()
{
    return {
        "InvoiceSectionName",
        "AccountName",
        "AccountOwnerId",
        "SubscriptionId",
        "SubscriptionName",
        "ResourceGroup",
        "ResourceLocation",
        "Date",
        "ProductName",
        "MeterCategory",
        "MeterSubCategory",
        "MeterId",
        "MeterName",
        "MeterRegion",
        "UnitOfMeasure",
        "Quantity",
        "EffectivePrice",
        "CostInBillingCurrency",
        "CostCenter",
        "ConsumedService",
        "ResourceId",
        "Tags",
        "OfferId",
        "AdditionalInfo",
        "ServiceInfo1",
        "ServiceInfo2",
        "ResourceName",
        "ReservationId",
        "ReservationName",
        "UnitPrice",
        "ProductOrderId",
        "ProductOrderName",
        "Term",
        "PublisherType",
        "PublisherName",
        "ChargeType",
        "Frequency",
        "PricingModel",
        "AvailabilityZone",
        "BillingAccountId",
        "BillingAccountName",
        "BillingCurrencyCode",
        "BillingPeriodStartDate",
        "BillingPeriodEndDate",
        "BillingProfileId",
        "BillingProfileName",
        "InvoiceSectionId",
        "IsAzureCreditEligible",
        "PartNumber",
        "PayGPrice",
        "PlanName",
        "ServiceFamily",
        "CostAllocationRuleName",
        "benefitId",
        "benefitName",
        "AccountId",
        "ResourceLocationNormalized",
    };
}

bool ExportWriter::open(const QString& path, QString* error)
{
    const bool ok = path == QStringLiteral("-")
        ? m_file.open(stdout, QIODevice::WriteOnly)
        : (m_file.setFileName(path), m_file.open(QIODevice::WriteOnly));
    if (!ok)
        *error = QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString());
    return ok;
}

void ExportWriter::writeHeader()
{
    m_buffer.append("\xEF\xBB\xBF");
    m_buffer.append(columns().join(','));
    m_buffer.append('\n');
}

void ExportWriter::field(const QByteArray& value)
{
    bool quote = false;
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(value);
    } else {
        m_buffer.append('"');
        for (const char c : value) {
            if (c == '"')
                m_buffer.append('"');
            m_buffer.append(c);
        }
        m_buffer.append('"');
    }
    m_buffer.append(',');
}

void ExportWriter::writeLine(const Resource& resource, const MeterUsage& usage, QDate date, QDate periodStart,
    QDate periodEnd, qint64 quantity, bool refund)
{
    const Company::Subscription& subscription = m_company.subscriptions().at(resource.subscription);
    const Meter& meter = usage.meter;
    const qint64 signedQuantity = refund ? -quantity : quantity;
    const qint64 cost = FixedDecimal::cost(signedQuantity, meter.price);
    const QByteArray price = FixedDecimal::format(meter.price, FixedDecimal::priceScale);
    const QByteArray empty;
    QByteArray scratch;

    field(subscription.invoiceSection);
    field(subscription.accountName);
    field(subscription.accountOwner);
    field(subscription.guid);
    field(subscription.name);
    field(resource.resourceGroup);
    field(resource.location);
    BillingCalendar::appendDate(m_buffer, date);
    m_buffer.append(',');
    field(meter.productName);
    field(meter.category);
    field(meter.subCategory);
    field(meter.id);
    field(meter.name);
    field(meter.region);
    field(meter.unit);
    FixedDecimal::append(scratch, signedQuantity, FixedDecimal::quantityScale);
    field(scratch);
    field(price);
    scratch.clear();
    FixedDecimal::append(scratch, cost, FixedDecimal::costScale);
    field(scratch);
    field(subscription.costCenter);
    field(usage.consumedService);
    field(resource.id);
    field(resource.tags);
    field(subscription.offerId);
    field(usage.additionalInfo);
    field(empty); // ServiceInfo1
    field(usage.serviceInfo2);
    field(resource.name);
    m_buffer.append(",,"); // ReservationId, ReservationName
    field(price); // UnitPrice: no negotiated discount in this enrollment
    m_buffer.append(",,,"); // ProductOrderId, ProductOrderName, Term
    m_buffer.append("Azure,Microsoft,");
    m_buffer.append(refund ? "Refund," : "Usage,");
    m_buffer.append("UsageBased,OnDemand,");
    field(resource.zone);
    field(m_company.enrollment());
    field(m_company.name());
    m_buffer.append("USD,");
    BillingCalendar::appendDate(m_buffer, periodStart);
    m_buffer.append(',');
    BillingCalendar::appendDate(m_buffer, periodEnd);
    m_buffer.append(',');
    field(m_company.enrollment());
    field(m_company.name());
    field(subscription.invoiceSectionId);
    m_buffer.append("True,");
    field(meter.partNumber);
    field(price); // PayGPrice
    field(meter.planName);
    field(meter.serviceFamily);
    m_buffer.append(",,,"); // CostAllocationRuleName, benefitId, benefitName
    field(subscription.accountId);
    m_buffer.append(m_company.regions().at(resource.region).arm);
    m_buffer.append('\n');

    ++m_lines;
    m_totalCost += cost;
    if (m_buffer.size() >= blockSize)
        flush();
}

void ExportWriter::flush()
{
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    if (m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_flushed += m_buffer.size();
    m_buffer.resize(0); // keeps the capacity for the next block
}

bool ExportWriter::close(QString* error)
{
    if (!m_file.isOpen())
        return !m_failed;
    flush();
    m_file.close();
    if (m_failed)
        *error = QStringLiteral("write failed: %1").arg(m_file.errorString());
    return !m_failed;
}

} // namespace cloudshift
