#include "random.h"

namespace cloudshift {

namespace {

quint64 finalize(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

Random::Random(quint64 seed)
    : m_state(seed)
{
}

quint64 Random::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return finalize(m_state);
}

double Random::uniform()
{
    return unit(next());
}

int Random::between(int low, int high)
{
    if (high <= low)
        return low;
    const auto span = quint64(qint64(high) - qint64(low) + 1);
    return int(qint64(low) + qint64(next() % span));
}

bool Random::chance(double probability)
{
    return uniform() < probability;
}

QByteArray Random::guid()
{
    const quint64 high = next();
    const quint64 low = next();
    QByteArray text
        = QByteArray::number((high & 0xffffffffffff0fffULL) | 0x4000ULL, 16).rightJustified(16, '0')
        + QByteArray::number((low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL, 16)
              .rightJustified(16, '0');
    text.insert(20, '-');
    text.insert(16, '-');
    text.insert(12, '-');
    text.insert(8, '-');
    return text;
}

QByteArray Random::hex(int digits)
{
    QByteArray text;
    while (text.size() < digits)
        text += QByteArray::number(next(), 16).rightJustified(16, '0');
    return text.left(digits);
}

quint64 Random::mix(quint64 a, quint64 b)
{
    return finalize(a ^ finalize(b + 0x9e3779b97f4a7c15ULL));
}

double Random::unit(quint64 hash)
{
    return double(hash >> 11) * (1.0 / 9007199254740992.0);
}

quint64 Random::hashBytes(const QByteArray& bytes)
{
    // FNV-1a, then a final mix so that similar names land far apart.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        h ^= quint64(quint8(c));
        h *= 0x100000001b3ULL;
    }
    return finalize(h);
}

} // namespace cloudshift
