// SPDX-License-Identifier: GPL-3.0-or-later
#include "Module.h"

QList<Module> Modules::all()
{
    return {Module::Home, Module::Beneficiaries, Module::Placements, Module::Dropouts, Module::Careers};
}

QList<Module> Modules::withRecords()
{
    return {Module::Beneficiaries, Module::Placements, Module::Dropouts, Module::Careers};
}

QString Modules::code(Module module)
{
    switch (module) {
    case Module::Home:
        return QStringLiteral("home");
    case Module::Beneficiaries:
        return QStringLiteral("beneficiaries");
    case Module::Placements:
        return QStringLiteral("placements");
    case Module::Dropouts:
        return QStringLiteral("dropouts");
    case Module::Careers:
        return QStringLiteral("careers");
    }
    return {};
}

Module Modules::fromCode(const QString &code, bool *ok)
{
    for (Module module : all()) {
        if (Modules::code(module) == code) {
            if (ok)
                *ok = true;
            return module;
        }
    }
    if (ok)
        *ok = false;
    return Module::Home;
}

QString Modules::label(Module module)
{
    switch (module) {
    case Module::Home:
        return tr("Home");
    case Module::Beneficiaries:
        return tr("Young people");
    case Module::Placements:
        return tr("Placements");
    case Module::Dropouts:
        return tr("Dropout");
    case Module::Careers:
        return tr("Careers");
    }
    return {};
}
