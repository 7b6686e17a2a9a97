#include "settings/RestoreDialog.h"

#include "storage/Backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using comptoir::storage::Backups;

RestoreDialog::RestoreDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    auto* intro = new QLabel(tr("Choose the backup to restore. The current shop file is kept in the backup folder, "
                                "so a restore can itself be undone."),
        this);
    intro->setWordWrap(true);

    const auto kindLabel = [](Backups::Kind kind) {
        switch (kind) {
        case Backups::Kind::Daily:
            return tr("daily");
        case Backups::Kind::Manual:
            return tr("made by hand");
        case Backups::Kind::BeforeMigration:
            return tr("before an update");
        case Backups::Kind::BeforeRestore:
            return tr("before a restore");
        }
        return QString();
    };
    const QLocale locale;
    for (const auto& entry : Backups::listFor(databasePath)) {
        auto* item = new QListWidgetItem(tr("%1 – %2 – %3")
                                             .arg(locale.toString(entry.createdAt.toLocalTime(), QLocale::LongFormat),
                                                 kindLabel(entry.kind), locale.formattedDataSize(entry.size)),
            m_list);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(QDir::toNativeSeparators(entry.path));
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No backup yet: use File ▸ Back up now."), m_list);
    else
        m_list->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* other = buttons->addButton(tr("Other &file…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(m_list->count() > 0 && m_list->item(0)->data(Qt::UserRole).isValid());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (auto* item = m_list->currentItem(); item && item->data(Qt::UserRole).isValid()) {
            m_selected = item->data(Qt::UserRole).toString();
            accept();
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);
    connect(other, &QPushButton::clicked, this, [this, databasePath] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a backup"), Backups::folderFor(databasePath),
            tr("Comptoir shops (*.db *.comptoir);;All files (*)"));
        if (!path.isEmpty()) {
            m_selected = path;
            accept();
        }
    });
}
