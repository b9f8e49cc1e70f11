#pragma once

#include "placement.h"
#include "resource.h"

#include <QList>

namespace cloudshift {

class ResourceFactory;
class VmPriceTable;

// Virtual machines with their disks and traffic, AKS clusters (node scale sets in the MC_ group,
// load balancer, outbound IP, persistent-volume disks) and App Service plans.
class ComputeFactory
{
public:
    ComputeFactory(ResourceFactory& base, const VmPriceTable& prices);

    enum class Os { Linux, Windows, Gpu };
    void addVirtualMachine(const Placement& where, Os os, QList<Resource>& out);
    void addKubernetes(const Placement& where, QList<Resource>& out);
    void addAppServicePlan(const Placement& where, QList<Resource>& out);

private:
    void addDisk(const Placement& where, const QByteArray& group, const QByteArray& name,
        const QByteArray& tier, const QByteArray& tags, QList<Resource>& out);
    void addNodePool(const Placement& where, const QByteArray& group, const QByteArray& pool,
        const QByteArray& size, int instances, const QByteArray& tags, QList<Resource>& out);
    QByteArray vmInfo(const QByteArray& size, const QByteArray& vmName, int vcpus, const QByteArray& image,
        bool hybridBenefit) const;

    ResourceFactory& m_base;
    const VmPriceTable& m_prices;
};

} // namespace cloudshift
