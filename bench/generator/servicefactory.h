#pragma once

#include "placement.h"
#include "resource.h"

#include <QList>

namespace cloudshift {

class ResourceFactory;

// Storage accounts, databases, networking and the shared platform services (VPN gateways, Log
// Analytics workspaces, Recovery Services vaults).
class ServiceFactory
{
public:
    explicit ServiceFactory(ResourceFactory& base);

    void addStorageAccount(const Placement& where, bool cool, QList<Resource>& out);
    void addSqlDatabase(const Placement& where, QList<Resource>& out);
    void addCosmosAccount(const Placement& where, QList<Resource>& out);
    void addKeyVault(const Placement& where, QList<Resource>& out);
    void addLoadBalancer(const Placement& where, QList<Resource>& out);
    void addPublicIp(const Placement& where, const QByteArray& name, QList<Resource>& out);

    void addVpnGateway(const Placement& where, const QByteArray& sku, int peerRegion, QList<Resource>& out);
    void addLogWorkspace(
        const Placement& where, const QByteArray& scope, double gigabytesPerDay, QList<Resource>& out);
    void addBackupVault(const Placement& where, QList<Resource>& out);

private:
    ResourceFactory& m_base;
};

} // namespace cloudshift
