#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <elf.h>

#include <cstring>

// The dynamic linking facts of a 64-bit ELF file, read from its section table: the libraries it names
// (DT_NEEDED) and the functions it takes from them (undefined symbols of .dynsym). Read directly rather
// than through ldd, which would run the dynamic loader on the file.
struct ElfDynamic
{
    bool ok = false;
    QStringList needed;
    QStringList importedSymbols;
};

inline ElfDynamic readElfDynamic(const QString& path)
{
    ElfDynamic result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray bytes = file.readAll();
    const auto size = static_cast<std::size_t>(bytes.size());
    const char* data = bytes.constData();
    if (size < sizeof(Elf64_Ehdr) || std::memcmp(data, ELFMAG, SELFMAG) != 0 || data[EI_CLASS] != ELFCLASS64)
        return result;
    Elf64_Ehdr header;
    std::memcpy(&header, data, sizeof header);
    if (header.e_shoff == 0 || header.e_shentsize != sizeof(Elf64_Shdr)
        || header.e_shoff + std::size_t(header.e_shnum) * sizeof(Elf64_Shdr) > size)
        return result;
    auto section = [&](std::size_t index) {
        Elf64_Shdr s;
        std::memcpy(&s, data + header.e_shoff + index * sizeof(Elf64_Shdr), sizeof s);
        return s;
    };
    auto string = [&](const Elf64_Shdr& table, std::size_t offset) {
        if (table.sh_offset + offset >= size)
            return QString();
        const char* begin = data + table.sh_offset + offset;
        return QString::fromLatin1(begin, static_cast<qsizetype>(strnlen(begin, size - table.sh_offset - offset)));
    };
    for (std::size_t i = 0; i < header.e_shnum; ++i) {
        const Elf64_Shdr s = section(i);
        if (s.sh_type != SHT_DYNAMIC && s.sh_type != SHT_DYNSYM)
            continue;
        if (s.sh_link >= header.e_shnum || s.sh_offset + s.sh_size > size)
            return result;
        const Elf64_Shdr strings = section(s.sh_link);
        if (s.sh_type == SHT_DYNAMIC) {
            for (std::size_t at = 0; at + sizeof(Elf64_Dyn) <= s.sh_size; at += sizeof(Elf64_Dyn)) {
                Elf64_Dyn entry;
                std::memcpy(&entry, data + s.sh_offset + at, sizeof entry);
                if (entry.d_tag == DT_NEEDED)
                    result.needed << string(strings, entry.d_un.d_val);
            }
        } else {
            for (std::size_t at = 0; at + sizeof(Elf64_Sym) <= s.sh_size; at += sizeof(Elf64_Sym)) {
                Elf64_Sym symbol;
                std::memcpy(&symbol, data + s.sh_offset + at, sizeof symbol);
                if (symbol.st_shndx == SHN_UNDEF && symbol.st_name != 0)
                    result.importedSymbols << string(strings, symbol.st_name);
            }
        }
    }
    result.ok = true;
    return result;
}
