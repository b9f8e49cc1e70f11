#include "servicelockin.h"

namespace cloudshift {

namespace {

struct Rule
{
    const char* category; ///< meter category, compared case-insensitively
    const char* resourceType; ///< ARM type prefix, lower-case
    int level;
    const char* counterpart;
};

// Levels follow the rubric: 0 = the same thing exists everywhere (VMs, disks, object storage,
// networking, open engines); 1 = a managed counterpart with the same engine or protocol; 2 = a
// counterpart whose API or behaviour differs (code or pipelines change); 3 = no drop-in counterpart.
constexpr Rule kRules[] = {
    { "Virtual Machines", "microsoft.compute/virtualmachines", 0, "EC2 / Compute Engine" },
    { "Virtual Machines Licenses", nullptr, 0, "licence-included images" },
    { "Storage", "microsoft.storage/", 0, "S3 / Cloud Storage, EBS / Persistent Disk" },
    { "Bandwidth", nullptr, 0, "data transfer" },
    { "Virtual Network", "microsoft.network/virtualnetworks", 0, "VPC" },
    { "Load Balancer", "microsoft.network/loadbalancers", 0,
        "Elastic Load Balancing / Cloud Load Balancing" },
    { "VPN Gateway", "microsoft.network/virtualnetworkgateways", 0, "VPN gateway" },
    { "NAT Gateway", "microsoft.network/natgateways", 0, "NAT gateway" },
    { "Azure DNS", "microsoft.network/dnszones", 0, "Route 53 / Cloud DNS" },
    { "Network Watcher", "microsoft.network/networkwatchers", 0, "flow logs" },
    { "Azure Bastion", "microsoft.network/bastionhosts", 0, "Session Manager / IAP" },
    { "Backup", "microsoft.recoveryservices/", 0, "AWS Backup / Backup and DR" },
    { "Azure Kubernetes Service", "microsoft.containerservice/", 0, "EKS / GKE" },
    { "Container Registry", "microsoft.containerregistry/", 0, "ECR / Artifact Registry" },
    { "Container Instances", "microsoft.containerinstance/", 0, "Fargate / Cloud Run" },
    { "Azure Database for MySQL", "microsoft.dbformysql/", 0, "RDS / Cloud SQL for MySQL" },
    { "Azure Database for PostgreSQL", "microsoft.dbforpostgresql/", 0, "RDS / Cloud SQL for PostgreSQL" },
    { "Azure Database for MariaDB", "microsoft.dbformariadb/", 0, "RDS for MariaDB" },
    { "Redis Cache", "microsoft.cache/", 0, "ElastiCache / Memorystore" },
    { "Azure Cache for Redis", nullptr, 0, "ElastiCache / Memorystore" },
    { "Azure App Service", "microsoft.web/", 1, "Elastic Beanstalk or containers / App Engine, Cloud Run" },
    { "SQL Database", "microsoft.sql/servers", 1, "RDS for SQL Server / Cloud SQL for SQL Server" },
    { "SQL Managed Instance", "microsoft.sql/managedinstances", 1,
        "RDS for SQL Server / Cloud SQL for SQL Server" },
    { "Key Vault", "microsoft.keyvault/", 1, "KMS + Secrets Manager / Cloud KMS + Secret Manager" },
    { "Event Hubs", "microsoft.eventhub/", 1, "MSK / Pub/Sub (Kafka protocol)" },
    { "Log Analytics", "microsoft.operationalinsights/", 1, "CloudWatch Logs / Cloud Logging" },
    { "Azure Monitor", "microsoft.insights/", 1, "CloudWatch / Cloud Monitoring" },
    { "Application Insights", nullptr, 1, "X-Ray + CloudWatch / Cloud Trace" },
    { "Application Gateway", "microsoft.network/applicationgateways", 1,
        "ALB + WAF / Cloud Load Balancing + Armor" },
    { "Azure Front Door Service", "microsoft.cdn/profiles", 1, "CloudFront / Cloud CDN" },
    { "Content Delivery Network", "microsoft.cdn/", 1, "CloudFront / Cloud CDN" },
    { "Azure Firewall", "microsoft.network/azurefirewalls", 1, "Network Firewall / Cloud NGFW" },
    { "Azure Databricks", "microsoft.databricks/", 1, "Databricks on AWS / Google Cloud" },
    { "HDInsight", "microsoft.hdinsight/", 1, "EMR / Dataproc" },
    { "Azure Container Apps", "microsoft.app/", 1, "App Runner, ECS / Cloud Run" },
    { "Microsoft Defender for Cloud", "microsoft.security/", 1, "Security Hub / Security Command Center" },
    { "Functions", nullptr, 2, "Lambda / Cloud Functions (different triggers and bindings)" },
    { "Azure Data Factory v2", "microsoft.datafactory/", 2, "Glue / Data Fusion (pipelines rebuilt)" },
    { "API Management", "microsoft.apimanagement/", 2, "API Gateway / Apigee (policies rewritten)" },
    { "Azure Machine Learning", "microsoft.machinelearningservices/", 2, "SageMaker / Vertex AI" },
    { "Azure Cognitive Search", "microsoft.search/", 2, "OpenSearch / Vertex AI Search" },
    { "Stream Analytics", "microsoft.streamanalytics/", 2, "Managed Flink / Dataflow (queries rewritten)" },
    { "IoT Hub", "microsoft.devices/", 2, "IoT Core / partner IoT platforms" },
    { "SignalR", "microsoft.signalrservice/", 2, "API Gateway WebSockets / partner services" },
    { "Azure Data Explorer", "microsoft.kusto/", 2, "OpenSearch, Timestream / BigQuery (KQL rewritten)" },
    { "Azure Cosmos DB", "microsoft.documentdb/", 3,
        "DynamoDB / Firestore, Bigtable (different data model and API)" },
    { "Logic Apps", "microsoft.logic/", 3, "Step Functions / Workflows (workflows rebuilt)" },
    { "Service Bus", "microsoft.servicebus/", 3,
        "SQS + SNS / Pub/Sub (different semantics: sessions, topics)" },
    { "Event Grid", "microsoft.eventgrid/", 3, "EventBridge / Eventarc" },
    { "Azure Synapse Analytics", "microsoft.synapse/", 3, "Redshift / BigQuery (warehouse rebuilt)" },
    { "Cognitive Services", "microsoft.cognitiveservices/", 3,
        "Bedrock, AI services / Vertex AI (models and APIs differ)" },
    { "Azure OpenAI", nullptr, 3, "Bedrock / Vertex AI (other models and APIs)" },
};

} // namespace

ServiceLockIn serviceLockIn(const QString& meterCategory, const QString& resourceType)
{
    const QString category = meterCategory.trimmed();
    for (const Rule& rule : kRules) {
        if (category.compare(QLatin1String(rule.category), Qt::CaseInsensitive) == 0)
            return { rule.level, category, QString::fromUtf8(rule.counterpart), true };
    }
    const QString type = resourceType.trimmed().toLower();
    if (!type.isEmpty()) {
        for (const Rule& rule : kRules) {
            if (rule.resourceType && type.startsWith(QLatin1String(rule.resourceType)))
                return { rule.level, QString::fromUtf8(rule.category), QString::fromUtf8(rule.counterpart),
                    true };
        }
    }
    // Unknown services are managed services more often than not: scored 1 and named for review.
    return { 1, category.isEmpty() ? resourceType : category, QStringLiteral("not classified: review"),
        false };
}

} // namespace cloudshift
