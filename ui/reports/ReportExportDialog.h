#pragma once

#include "reports/ReportExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// How a report's CSV file is laid out for the program that opens it: a preset (French Excel,
// Standard) or each option (delimiter, decimal separator, byte order mark, date format). A wrong
// combination is said next to the fields and the export is refused. The choice is remembered.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)

public:
    enum Preset
    {
        FrenchExcel,
        Standard,
        Custom,
    };

    explicit ReportExportDialog(QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    comptoir::reports::CsvExportOptions options() const;
    void setOptions(const comptoir::reports::CsvExportOptions& options);
    // The options last accepted (French Excel the first time: the shop is French first).
    static comptoir::reports::CsvExportOptions rememberedOptions();

    QString problemText() const;
    void accept() override;

private:
    void applyPreset(int preset);
    void optionsEdited();
    void validate();

    QComboBox* m_preset;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QCheckBox* m_bom;
    QComboBox* m_dateFormat;
    QLabel* m_example;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_updating = false;
};
