#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace cloudshift {

// A splitmix64 stream. The standard library's distributions are implementation-defined, so every
// draw here is plain integer arithmetic: the same seed gives the same file on any platform.
class Random
{
public:
    explicit Random(quint64 seed);

    quint64 next();
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    // Uniform integer in [low, high], both inclusive.
    int between(int low, int high);
    bool chance(double probability);
    // A random (version 4 layout) GUID in lower-case 8-4-4-4-12 form.
    QByteArray guid();
    QByteArray hex(int digits);

    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

    // Stateless mixing, for values that must not depend on the order they are asked for
    // (a resource's usage on a given day).
    static quint64 mix(quint64 a, quint64 b);
    static double unit(quint64 hash);
    static quint64 hashBytes(const QByteArray& bytes);

private:
    quint64 m_state;
};

} // namespace cloudshift
