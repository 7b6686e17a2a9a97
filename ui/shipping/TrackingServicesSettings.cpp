#include "shipping/TrackingServicesSettings.h"

#include "settings/Secrets.h"
#include "shipping/LaPosteTracking.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using comptoir::settings::Secrets;
using comptoir::shipping::FetchFailure;
using comptoir::shipping::LaPosteTracking;
using comptoir::shipping::TrackingRequest;

TrackingServicesSettings::TrackingServicesSettings(QWidget* parent)
    : QGroupBox(parent)
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_show(new QToolButton(this))
    , m_test(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_keychain(new QLabel(this))
{
    setObjectName(QStringLiteral("trackingServicesBox"));
    m_key->setObjectName(QStringLiteral("laPosteKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_keyLabel->setBuddy(m_key);
    m_show->setObjectName(QStringLiteral("showLaPosteKey"));
    m_show->setCheckable(true);
    m_show->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_test->setObjectName(QStringLiteral("testLaPosteKey"));
    m_save->setObjectName(QStringLiteral("saveLaPosteKey"));
    m_remove->setObjectName(QStringLiteral("removeLaPosteKey"));
    for (QPushButton* button : {m_test, m_save, m_remove})
        button->setAutoDefault(false);
    m_hint->setObjectName(QStringLiteral("laPosteKeyHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setOpenExternalLinks(true);
    m_hint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setObjectName(QStringLiteral("laPosteKeyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychain->setObjectName(QStringLiteral("keychainWarning"));
    m_keychain->setWordWrap(true);
    m_keychain->hide();

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyLabel);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_show);
    keyRow->addWidget(m_test);
    keyRow->addWidget(m_save);
    keyRow->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(keyRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_keychain);
    layout->addWidget(m_status);

    connect(m_show, &QToolButton::toggled, this,
        [this](bool shown) { m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_key, &QLineEdit::textChanged, this, &TrackingServicesSettings::updateButtons);
    connect(m_key, &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            saveKey();
    });
    connect(m_test, &QPushButton::clicked, this, &TrackingServicesSettings::testKey);
    connect(m_save, &QPushButton::clicked, this, &TrackingServicesSettings::saveKey);
    connect(m_remove, &QPushButton::clicked, this, &TrackingServicesSettings::removeKey);
    retranslate();
    updateButtons();
}

TrackingServicesSettings::~TrackingServicesSettings() = default;

void TrackingServicesSettings::retranslate()
{
    setTitle(tr("Tracking services"));
    m_keyLabel->setText(tr("La Poste API &key:"));
    m_key->setPlaceholderText(tr("The key of La Poste's “Suivi” API"));
    m_key->setAccessibleName(tr("La Poste API key"));
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Show or hide the key"));
    m_show->setAccessibleName(tr("Show the key"));
    m_test->setText(tr("Test"));
    m_test->setToolTip(tr("Ask La Poste about a parcel with this key, to see whether it is accepted"));
    m_save->setText(tr("Save key"));
    m_save->setToolTip(tr("Keep the key in this computer's keychain"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Forget the key: parcels are no longer tracked from La Poste"));
    m_hint->setText(tr("Colissimo, Chronopost and Lettre suivie parcels are tracked with La Poste's free “Suivi” API: "
                       "create an account and an application on <a href=\"https://developer.laposte.fr\">"
                       "developer.laposte.fr</a>, subscribe it to the “Suivi” API and paste its key here. The key "
                       "is kept in this computer's keychain, never in the shop file."));
    m_keychain->setText(tr("No keychain available on this computer: the key is kept for this session only."));
}

void TrackingServicesSettings::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void TrackingServicesSettings::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_secretKey.clear();
    m_stored.clear();
    m_key->clear();
    m_status->clear();
    if (m_database) {
        auto key = Secrets::shopKey(m_database, QString::fromLatin1(LaPosteTracking::kSecretName));
        if (!key) {
            say(key.error().toString(), true);
        } else {
            m_secretKey = *key;
            m_busy = true;
            Secrets::application().read(m_secretKey, this, [this, key = *key](const comptoir::Result<QString>& stored) {
                m_busy = false;
                if (key != m_secretKey)
                    return; // another shop was opened meanwhile
                if (!stored) {
                    say(stored.error().toString(), true);
                } else {
                    m_stored = *stored;
                    m_key->setText(m_stored);
                    say(m_stored.isEmpty() ? tr("No La Poste key yet.") : tr("A La Poste key is saved."), false);
                }
                sayKeychain();
                updateButtons();
                Q_EMIT answered();
            });
        }
    }
    updateButtons();
}

void TrackingServicesSettings::updateButtons()
{
    const QString typed = m_key->text().trimmed();
    const bool ready = m_database && !m_secretKey.isEmpty() && !m_busy;
    m_key->setEnabled(m_database != nullptr);
    m_test->setEnabled(!typed.isEmpty() && !m_laPoste);
    m_save->setEnabled(ready && !typed.isEmpty() && typed != m_stored);
    m_remove->setEnabled(ready && !m_stored.isEmpty());
}

void TrackingServicesSettings::say(const QString& text, bool error)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
}

void TrackingServicesSettings::sayKeychain()
{
    m_keychain->setVisible(!Secrets::application().keychainAvailable());
}

QString TrackingServicesSettings::statusText() const
{
    return m_status->text();
}

void TrackingServicesSettings::focusKey()
{
    m_key->setFocus(Qt::OtherFocusReason);
    m_key->selectAll();
}

void TrackingServicesSettings::testKey()
{
    const QString typed = m_key->text().trimmed();
    if (typed.isEmpty() || m_laPoste)
        return;
    m_laPoste = new LaPosteTracking(typed, this);
    m_laPoste->setBaseUrl(LaPosteTracking::configuredBaseUrl());
    say(tr("Asking La Poste…"), false);
    updateButtons();
    TrackingRequest* request = m_laPoste->fetch(QString::fromLatin1(LaPosteTracking::kKeyCheckNumber), m_laPoste);
    connect(request, &TrackingRequest::finished, this, [this, request] {
        const auto& result = request->result();
        switch (result.failure) {
        case FetchFailure::None:
        case FetchFailure::UnknownNumber:
        case FetchFailure::BadAnswer:
            // La Poste looked at the number, so it took the key.
            say(tr("La Poste accepted the key: parcels can be tracked."), false);
            break;
        case FetchFailure::KeyRefused:
            say(tr("La Poste refused this key: check it on developer.laposte.fr (%1).")
                    .arg(result.answer.error().message),
                true);
            break;
        default:
            say(tr("The key could not be tried: %1").arg(result.answer.error().toString()), true);
            break;
        }
        m_laPoste->deleteLater();
        m_laPoste = nullptr;
        updateButtons();
        Q_EMIT answered();
    });
}

void TrackingServicesSettings::saveKey()
{
    const QString typed = m_key->text().trimmed();
    if (typed.isEmpty() || m_secretKey.isEmpty() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    Secrets::application().write(
        m_secretKey, typed, this, [this, typed, key = m_secretKey](const comptoir::Result<Secrets::Kept>& kept) {
            m_busy = false;
            if (key != m_secretKey)
                return;
            if (!kept) {
                say(tr("The key could not be saved: %1").arg(kept.error().toString()), true);
            } else {
                m_stored = typed;
                say(*kept == Secrets::Kept::Keychain ? tr("La Poste key saved in the keychain.")
                                                     : tr("La Poste key kept for this session only."),
                    *kept != Secrets::Kept::Keychain);
                Q_EMIT keyChanged();
            }
            sayKeychain();
            updateButtons();
            Q_EMIT answered();
        });
}

void TrackingServicesSettings::removeKey()
{
    if (m_secretKey.isEmpty() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    Secrets::application().remove(m_secretKey, this, [this, key = m_secretKey](const comptoir::Status& removed) {
        m_busy = false;
        if (key != m_secretKey)
            return;
        if (!removed) {
            say(tr("The key could not be removed: %1").arg(removed.error().toString()), true);
        } else {
            m_stored.clear();
            m_key->clear();
            say(tr("La Poste key removed."), false);
            Q_EMIT keyChanged();
        }
        sayKeychain();
        updateButtons();
        Q_EMIT answered();
    });
}
