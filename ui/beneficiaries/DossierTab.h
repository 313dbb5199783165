// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/Beneficiary.h"

#include <QWidget>

class Database;
class Error;
class Workspace;

/**
 * One tab of the dossier view. The view hands it the dossier and asks it to read its part from the core only when
 * the tab is shown, so that opening a dossier costs one tab's queries, not seven. A tab that changed something
 * says so through changed(), and the view refreshes what depends on it.
 */
class DossierTab : public QWidget
{
    Q_OBJECT

public:
    DossierTab(Workspace &workspace, QWidget *parent = nullptr);

    void setDossier(const Beneficiary &beneficiary);
    const Beneficiary &dossier() const { return m_beneficiary; }
    /// Reads the tab's items again from the core.
    virtual void refresh() = 0;

signals:
    void changed();

protected:
    Database *database() const;
    QString currentUser() const;
    /// Asks before a deletion; true when the user confirmed.
    bool confirmRemoval(const QString &title, const QString &question);
    /// The item of a tab's list with that id, or null.
    template <typename T> static const T *findItem(const QList<T> &items, const QString &id)
    {
        for (const T &item : items) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }
    /// Shows what the core refused, in a message box.
    void showError(const QString &title, const Error &error);

private:
    Workspace &m_workspace;
    Beneficiary m_beneficiary;
};
