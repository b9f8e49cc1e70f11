#include "computelinepricer.h"

#include "mapping/linecosting.h"
#include "mapping/vmmatcher.h"

#include <QRegularExpression>

#include <cmath>

namespace cloudshift {

namespace {

constexpr double kHoursPerMonth = 730.0;

bool has(const QString& text, const char16_t* part)
{
    return text.contains(QStringView(part), Qt::CaseInsensitive);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'g', 4) + QStringLiteral(" %");
}

} // namespace

ComputeLinePricer::ComputeLinePricer(const Catalog& catalog, const VmMapper& vms)
    : m_catalog(catalog)
    , m_vms(vms)
{
}

QString ComputeLinePricer::sizeFromMeterName(const QString& meterName)
{
    static const QRegularExpression pricingSuffix(
        QStringLiteral("\\s+(Spot|Low Priority)$"), QRegularExpression::CaseInsensitiveOption);
    QString name = meterName.trimmed();
    name.remove(pricingSuffix);
    // Meters shared by a size and its premium-storage twin: "D4 v3/D4s v3". Same shape; the last is the
    // one still sold.
    if (name.contains(QLatin1Char('/')))
        name = name.section(QLatin1Char('/'), -1).trimmed();
    if (name.isEmpty())
        return {};
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return QStringLiteral("Standard_") + name;
}

QString ComputeLinePricer::sizeFor(const LineContext& context) const
{
    const QString fromMeter = sizeFromMeterName(context.usage.meter.name);
    const std::optional<VmType> meterShape = m_catalog.azureVmSize(fromMeter);
    const std::optional<VmType> resourceShape = m_catalog.azureVmSize(context.resource.vmSize);
    // The resource's own size unless the meter names another shape (a VM resized during the period).
    if (resourceShape
        && (!meterShape
            || (meterShape->vcpu == resourceShape->vcpu
                && meterShape->memoryGiB == resourceShape->memoryGiB)))
        return context.resource.vmSize;
    return meterShape ? fromMeter : context.resource.vmSize;
}

bool ComputeLinePricer::price(const LineContext& context, PricedLine& line, Offer& offer) const
{
    if (context.unit != u"hours") {
        line.reason = QStringLiteral("instance meter in \"%1\", not hours").arg(context.usage.meter.unit);
        return false;
    }
    if (context.usage.meter.category.compare(u"Azure App Service", Qt::CaseInsensitive) == 0)
        return priceAppService(context, line, offer);
    return priceVm(context, line, offer);
}

bool ComputeLinePricer::priceVm(const LineContext& context, PricedLine& line, Offer& offer) const
{
    const BilledMeter& meter = context.usage.meter;
    const bool windows = has(meter.subCategory, u"Windows") || context.resource.windows;
    const QString size = sizeFor(context);
    offer = m_vms.map(size, context.resource.location, windows ? OsType::Windows : OsType::Linux,
        context.target, context.choice);
    if (!offer.isMapped()) {
        line.reason = offer.reason.isEmpty() ? QStringLiteral("VM size unknown") : offer.reason;
        return false;
    }
    QStringList notes;
    Confidence confidence = offer.confidence;
    const double usdPerHour = pricingModelPrice(context, offer, windows, notes, confidence);
    if (windows && !context.resource.hybridBenefit && !offer.reason.contains(u"Windows"))
        notes << QStringLiteral("Windows, licence included");
    if (context.resource.hybridBenefit) {
        notes << QStringLiteral("Azure Hybrid Benefit: the Windows licence used on Azure is priced "
                                "licence-included on %1 (+%2 USD/vCPU-hour)")
                     .arg(cloudDisplayName(context.target),
                         QString::number(VmMatcher::kWindowsUsdPerVcpuHour));
    }
    line.service = offer.service;
    line.sku = offer.sku;
    line.confidence = confidence;
    line.reason = offer.reason;
    if (!notes.isEmpty())
        line.reason += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
    // The resource's offer tells the same story (licence, pricing model), at the on-demand hourly price.
    offer.reason = line.reason;
    LineCosting::applyPrice(line, context, usdPerHour, QStringLiteral("hour"), 1.0);
    line.region = offer.region;
    line.source = offer.source;
    line.sourceDate = offer.sourceDate;
    return true;
}

double ComputeLinePricer::pricingModelPrice(const LineContext& context, const Offer& offer, bool windows,
    QStringList& notes, Confidence& confidence) const
{
    const BilledMeter& meter = context.usage.meter;
    const bool spot
        = has(meter.pricingModel, u"Spot") || has(meter.name, u" Spot") || has(meter.name, u"Low Priority");
    const bool reserved = has(meter.pricingModel, u"Reservation") || has(meter.pricingModel, u"Savings");
    if (!spot && !reserved)
        return offer.usdPerHour;
    const std::optional<CatalogVm> row = m_catalog.vm(context.target, offer.region, offer.sku);
    if (!row || !row->price.linuxUsdPerHour)
        return offer.usdPerHour;
    // The OS licence is never discounted: it rides on top of the Linux price of the pricing model.
    const double licence = windows ? offer.usdPerHour - *row->price.linuxUsdPerHour : 0.0;
    if (spot) {
        if (!row->price.spotUsdPerHour) {
            notes << QStringLiteral("spot hours priced on-demand: no %1 spot price for %2")
                         .arg(cloudDisplayName(context.target), offer.sku);
            confidence = weakerConfidence(confidence, Confidence::Approximate);
            return offer.usdPerHour;
        }
        notes
            << QStringLiteral("spot price of %1 (%2)").arg(row->price.spotSourceDate, row->price.spotSource);
        confidence = weakerConfidence(confidence, Confidence::Close);
        return *row->price.spotUsdPerHour + licence;
    }
    confidence = weakerConfidence(confidence, Confidence::Close);
    if (context.target == Cloud::Gcp && row->price.commitment1yMonthUsd) {
        notes << QStringLiteral(
            "hours covered by an Azure reservation or savings plan: 1-year committed-use price");
        return *row->price.commitment1yMonthUsd / kHoursPerMonth + licence;
    }
    const std::optional<CommitmentDiscount> discount = m_catalog.commitmentDiscount(
        context.target, QStringLiteral("vm"), 1, QStringLiteral("standard"), QStringLiteral("none"));
    if (!discount) {
        notes << QStringLiteral(
            "hours covered by an Azure reservation priced on-demand: no %1 commitment price")
                     .arg(cloudDisplayName(context.target));
        return offer.usdPerHour;
    }
    notes << QStringLiteral(
        "hours covered by an Azure reservation or savings plan: 1-year standard reserved, "
        "no upfront, %1 off (published ratio, %2)")
                 .arg(percent(discount->discount), discount->source);
    return std::round(*row->price.linuxUsdPerHour * (1.0 - discount->discount) * 1e6) / 1e6 + licence;
}

bool ComputeLinePricer::priceAppService(const LineContext& context, PricedLine& line, Offer& offer) const
{
    const BilledMeter& meter = context.usage.meter;
    static const QRegularExpression appSuffix(
        QStringLiteral("\\s*App$"), QRegularExpression::CaseInsensitiveOption);
    QString sku = meter.name.trimmed();
    sku.remove(appSuffix);
    const std::optional<AppServicePlan> plan = m_catalog.appServicePlan(sku);
    if (!plan) {
        line.reason = QStringLiteral("App Service plan \"%1\" has no known shape").arg(sku);
        return false;
    }
    const bool windows = !has(meter.subCategory, u"Linux") && !has(meter.name, u"Linux");
    VmType shape;
    shape.sku = QStringLiteral("App Service ") + plan->sku;
    shape.family = shape.sku;
    shape.vcpu = plan->vcpu;
    shape.memoryGiB = plan->memoryGiB;
    shape.arch = QStringLiteral("amd64");
    shape.category = QStringLiteral("general purpose");
    offer = m_vms.mapShape(shape, context.resource.location, windows ? OsType::Windows : OsType::Linux,
        context.target, context.choice);
    if (!offer.isMapped()) {
        line.reason = offer.reason;
        return false;
    }
    const bool aws = context.target == Cloud::Aws;
    offer.service = aws ? QStringLiteral("Elastic Beanstalk (EC2)") : QStringLiteral("Compute Engine");
    // A managed platform becomes instances the team runs: never better than close.
    offer.confidence = weakerConfidence(offer.confidence, Confidence::Close);
    offer.reason += aws
        ? QStringLiteral("; App Service plan instance → Elastic Beanstalk environment on EC2, "
                         "which adds no charge to the instances")
        : QStringLiteral("; App Service plan instance → a Compute Engine VM of the plan's shape "
                         "(App Engine flexible or a managed instance group)");
    if (windows)
        offer.reason += QStringLiteral("; Windows plan: the OS licence stays in the price");
    line.service = offer.service;
    line.sku = offer.sku;
    line.confidence = offer.confidence;
    line.reason = offer.reason;
    LineCosting::applyPrice(line, context, offer.usdPerHour, QStringLiteral("hour"), 1.0);
    line.region = offer.region;
    line.source = offer.source;
    line.sourceDate = offer.sourceDate;
    return true;
}

} // namespace cloudshift
