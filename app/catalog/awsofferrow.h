#pragma once

#include <QHash>
#include <QString>

namespace cloudshift {

/// One price dimension of an AWS Price List offer file (JSON or CSV): the product's attributes and one
/// term's price. Attribute keys are normalised (lower case, letters and digits only), so the JSON's
/// "instanceType" and the CSV's "Instance Type" are both "instancetype".
struct AwsOfferRow
{
    QString sku;
    QString productFamily; ///< "Compute Instance", "Storage", "Database Instance"
    QString termType; ///< "OnDemand", "Reserved"
    QString unit; ///< "Hrs", "GB-Mo"
    double usd = 0.0;
    QHash<QString, QString> attributes;

    QString attribute(const char* key) const { return attributes.value(QString::fromLatin1(key)); }

    /// "Pre Installed S/W" → "preinstalledsw"; "instanceType" → "instancetype".
    static QString normalizedKey(const QString& key)
    {
        QString result;
        for (QChar c : key) {
            if (c.isLetterOrNumber())
                result += c.toLower();
        }
        return result;
    }
};

/// The offer file's own header: what it prices and when AWS published it.
struct AwsOfferHeader
{
    QString offerCode; ///< "AmazonEC2"
    QString version; ///< "20240528203522"
    QString publicationDate; ///< "2024-05-28T20:35:22Z"
};

} // namespace cloudshift
