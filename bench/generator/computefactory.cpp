#include "computefactory.h"

#include "company.h"
#include "metercatalog.h"
#include "random.h"
#include "resourcefactory.h"
#include "vmpricetable.h"

#include <cmath>

namespace cloudshift {

namespace {

const QByteArray kubernetesVersion = "Kubernetes:1.30.6";

QByteArray joinTags(const QByteArray& first, const QByteArray& second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return first + ',' + second;
}

} // namespace

ComputeFactory::ComputeFactory(ResourceFactory& base, const VmPriceTable& prices)
    : m_base(base)
    , m_prices(prices)
{
}

QByteArray ComputeFactory::vmInfo(const QByteArray& size, const QByteArray& vmName, int vcpus,
    const QByteArray& image, bool hybridBenefit) const
{
    QByteArray info = "{\"ServiceType\":\"" + size + "\",\"VMName\":\"" + vmName + "\",\"VCPUs\":"
        + QByteArray::number(vcpus) + ",\"UsageType\":\"ComputeHR\",\"ImageType\":\"" + image + '"';
    if (hybridBenefit)
        info += ",\"AHB\":\"True\"";
    return info + '}';
}

void ComputeFactory::addVirtualMachine(const Placement& where, Os os, QList<Resource>& out)
{
    const Company& company = m_base.company();
    const Company::App& app = company.apps().at(where.app);
    Random& random = m_base.random();
    const bool prod = where.env == "prod";

    QByteArray size;
    if (os == Os::Gpu) {
        size = random.pick(company.gpuSizes());
    } else if (os == Os::Windows && !app.windowsSizes.isEmpty()) {
        size = random.pick(app.windowsSizes);
    } else {
        os = Os::Linux;
        size = random.pick(app.vmSizes);
    }
    // Sizes are checked against the price table before the fleet is built.
    const VmPriceTable::Price price = *m_prices.price(company.regions().at(where.region).arm, size);

    // Azure Hybrid Benefit and Dev/Test subscriptions both drop the Windows licence: those VMs are
    // billed on the base (Linux) meter, and only AdditionalInfo and ServiceInfo2 tell them apart.
    const bool windows = os == Os::Windows;
    const bool devTest = company.subscriptions().at(where.subscription).devTest;
    const bool hybridBenefit = windows && !devTest && random.chance(0.4);
    const bool windowsMeter = windows && !devTest && !hybridBenefit;
    QByteArray image = "Canonical";
    if (windows)
        image = hybridBenefit ? "Windows Server BYOL" : "Windows Server 2022 Datacenter";

    const QByteArray group = m_base.resourceGroup(where);
    const QByteArray name = m_base.nextName(windows ? "vmw" : "vm", where);
    Resource vm = m_base.create(where, group, "Microsoft.Compute/virtualMachines", name);
    vm.zone = where.zone;

    UsageShape shape = UsageShape::AlwaysOn;
    double hours = 1.0;
    if (os == Os::Gpu) {
        shape = UsageShape::Bursty;
    } else if (prod && app.name == "routeopt" && random.chance(0.5)) {
        shape = UsageShape::NightlyBatch;
        hours = 9.0;
    } else if (!prod && random.chance(where.env == "dev" ? 0.7 : 0.5)) {
        shape = UsageShape::BusinessHours;
        hours = 10.0 + random.between(0, 3);
    }
    const Meter meter = m_base.meters().virtualMachine(
        size, where.region, windowsMeter, windowsMeter ? price.windowsHourly : price.linuxHourly);
    MeterUsage compute = ResourceFactory::usage(meter, shape, hours, "Microsoft.Compute");
    compute.additionalInfo = vmInfo(size, name, price.vcpus, image, hybridBenefit);
    compute.serviceInfo2
        = windows ? (hybridBenefit ? QByteArray("Windows Server BYOL") : QByteArray()) : image;
    vm.usages << compute;

    if (prod && random.chance(0.3)) {
        MeterUsage egress = ResourceFactory::usage(m_base.meters().internetEgress(where.region),
            UsageShape::Volume, random.between(5, 80), "microsoft.compute", app.growthPerMonth);
        egress.weekendFactor = 0.7;
        vm.usages << egress;
    }
    if (prod && app.drRegion >= 0 && app.drRegion != where.region && random.chance(0.35)) {
        vm.usages << ResourceFactory::usage(m_base.meters().interRegion(where.region, app.drRegion),
            UsageShape::Volume, random.between(10, 150), "microsoft.compute", app.growthPerMonth);
    }
    out << vm;

    addDisk(where, group, name + "_OsDisk_1_" + random.hex(32), prod ? "P10" : "E10", where.tags, out);
    if (random.chance(prod ? 0.45 : 0.2)) {
        const QByteArray tier = prod ? (random.chance(0.25) ? "P30" : "P20") : "E10";
        addDisk(where, group, name + "-data-01", tier, where.tags, out);
    }
}

void ComputeFactory::addDisk(const Placement& where, const QByteArray& group, const QByteArray& name,
    const QByteArray& tier, const QByteArray& tags, QList<Resource>& out)
{
    Resource disk = m_base.create(where, group, "Microsoft.Compute/disks", name);
    disk.zone = where.zone;
    disk.tags = tags;
    disk.usages << ResourceFactory::usage(
        m_base.meters().managedDisk(tier, where.region), UsageShape::Prorated, 1.0, "Microsoft.Compute");
    out << disk;
}

void ComputeFactory::addKubernetes(const Placement& where, QList<Resource>& out)
{
    const Company& company = m_base.company();
    const Company::App& app = company.apps().at(where.app);
    Random& random = m_base.random();
    const MeterCatalog& meters = m_base.meters();
    const bool prod = where.env == "prod";

    const QByteArray group = m_base.resourceGroup(where);
    const QByteArray cluster = m_base.nextName("aks", where);
    const QByteArray nodeGroup = "MC_" + group + '_' + cluster + '_' + company.regions().at(where.region).arm;

    // Only the paid tier bills the cluster itself; free-tier clusters show up through their nodes.
    if (prod) {
        Resource control = m_base.create(where, group, "Microsoft.ContainerService/managedClusters", cluster);
        control.usages << ResourceFactory::usage(
            meters.aksUptimeSla(where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.ContainerService");
        out << control;
    }

    const QByteArray systemSize = company.systemPoolSizes().at(prod ? 0 : 1);
    addNodePool(where, nodeGroup, "agentpool", systemSize, prod ? 3 : 1, where.tags, out);
    addNodePool(where, nodeGroup, "userpool", random.pick(app.nodeSizes),
        prod ? random.between(3, 5) : random.between(1, 2), where.tags, out);

    const QByteArray clusterTags = joinTags(ResourceFactory::tag("aks-managed-cluster-name", cluster) + ','
            + ResourceFactory::tag("aks-managed-cluster-rg", group),
        where.tags);
    Resource balancer = m_base.create(where, nodeGroup, "Microsoft.Network/loadBalancers", "kubernetes");
    balancer.tags = clusterTags;
    balancer.usages << ResourceFactory::usage(
        meters.loadBalancerRules(where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.Network");
    balancer.usages << ResourceFactory::usage(meters.loadBalancerData(where.region), UsageShape::Volume,
        random.between(50, 400), "Microsoft.Network", app.growthPerMonth);
    MeterUsage egress = ResourceFactory::usage(meters.internetEgress(where.region), UsageShape::Volume,
        random.between(20, 200), "Microsoft.Network", app.growthPerMonth);
    egress.weekendFactor = 0.8;
    balancer.usages << egress;
    out << balancer;

    Resource outbound = m_base.create(where, nodeGroup, "Microsoft.Network/publicIPAddresses", random.guid());
    outbound.tags = clusterTags;
    outbound.usages << ResourceFactory::usage(
        meters.publicIp(where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.Network");
    out << outbound;

    const int volumes = random.between(1, 2);
    for (int i = 0; i < volumes; ++i) {
        const QByteArray volume = "pvc-" + random.guid();
        const QByteArray tags = ResourceFactory::tag("k8s-azure-created-by", "kubernetes-azure-dd") + ','
            + ResourceFactory::tag("kubernetes.io-created-for-pv-name", volume) + ','
            + ResourceFactory::tag(
                "kubernetes.io-created-for-pvc-name", "data-" + app.name + '-' + QByteArray::number(i))
            + ',' + ResourceFactory::tag("kubernetes.io-created-for-pvc-namespace", app.name);
        addDisk(where, nodeGroup, volume, prod ? (i == 0 ? "P20" : "P10") : "E10", tags, out);
    }
}

void ComputeFactory::addNodePool(const Placement& where, const QByteArray& group, const QByteArray& pool,
    const QByteArray& size, int instances, const QByteArray& tags, QList<Resource>& out)
{
    const Company& company = m_base.company();
    const Company::App& app = company.apps().at(where.app);
    Random& random = m_base.random();
    const VmPriceTable::Price price = *m_prices.price(company.regions().at(where.region).arm, size);

    const QByteArray scaleSet
        = "aks-" + pool + '-' + QByteArray::number(random.between(10000000, 99999999)) + "-vmss";
    Resource nodes = m_base.create(where, group, "Microsoft.Compute/virtualMachineScaleSets", scaleSet);
    nodes.zone = where.zone;
    nodes.tags = joinTags(ResourceFactory::tag("aks-managed-createOperationID", random.guid()) + ','
            + ResourceFactory::tag("aks-managed-orchestrator", kubernetesVersion) + ','
            + ResourceFactory::tag("aks-managed-poolName", pool),
        tags);

    const bool prod = where.env == "prod";
    const bool stopsAtNight = !prod && random.chance(0.5);
    // The cluster autoscaler adds nodes as a growing app's load rises: node k beyond the initial
    // count joins once usage has grown by the matching fraction.
    const double growth = pool == "userpool" ? app.growthPerMonth : 0.0;
    const double months = double(where.lastDay - where.firstDay) / 30.0;
    const int peak = instances + int(std::floor(double(instances) * growth * months));
    const Meter meter = m_base.meters().virtualMachine(size, where.region, false, price.linuxHourly);
    for (int k = 0; k < peak; ++k) {
        MeterUsage node
            = ResourceFactory::usage(meter, stopsAtNight ? UsageShape::BusinessHours : UsageShape::AlwaysOn,
                stopsAtNight ? 12.0 : 1.0, "Microsoft.Compute");
        if (k >= instances)
            node.firstDay = where.firstDay + int((double(k + 1) / double(instances) - 1.0) / growth * 30.0);
        node.additionalInfo = "{\"UsageType\":\"ComputeHR\",\"ImageType\":\"Canonical\",\"ServiceType\":\""
            + size + "\",\"VMName\":\"" + scaleSet + '_' + QByteArray::number(k)
            + "\",\"VMProperties\":\"Microsoft.AKS.Compute.AKS.Linux.Billing\",\"VCPUs\":"
            + QByteArray::number(price.vcpus) + '}';
        node.serviceInfo2 = "Canonical";
        nodes.usages << node;
    }
    out << nodes;
}

void ComputeFactory::addAppServicePlan(const Placement& where, QList<Resource>& out)
{
    const Company::App& app = m_base.company().apps().at(where.app);
    Random& random = m_base.random();
    const bool prod = where.env == "prod";
    QByteArray sku = where.env == "test" ? "S1" : "B1";
    if (prod)
        sku = random.chance(0.3) ? "P2v3" : "P1v3";

    Resource plan = m_base.create(
        where, m_base.resourceGroup(where), "Microsoft.Web/serverFarms", m_base.nextName("asp", where));
    plan.usages << ResourceFactory::usage(m_base.meters().appServicePlan(sku, where.region),
        UsageShape::AlwaysOn, prod ? random.between(2, 4) : 1, "Microsoft.Web",
        prod ? app.growthPerMonth : 0.0);
    if (prod) {
        MeterUsage egress = ResourceFactory::usage(m_base.meters().internetEgress(where.region),
            UsageShape::Volume, random.between(5, 40), "Microsoft.Web", app.growthPerMonth);
        egress.weekendFactor = 0.6;
        plan.usages << egress;
    }
    out << plan;
}

} // namespace cloudshift
