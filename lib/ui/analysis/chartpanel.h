#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace ehb {

class Exportable;

// A chart or table of the Analysis view under its caption, with buttons to save its picture
// (PNG) and its data (CSV). The panel only asks; whoever listens saves.
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    // `content` is also the `exportable` (a chart widget or the availability view); the panel
    // takes it as a child.
    ChartPanel(QWidget *content, Exportable *exportable, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    Exportable *exportable() const { return m_exportable; }
    QToolButton *pngButton() const { return m_png; }
    QToolButton *csvButton() const { return m_csv; }

    // Takes the caption again (it may depend on the data, e.g. "Reports per week").
    void retranslate();

Q_SIGNALS:
    void savePngRequested(ehb::Exportable *exportable);
    void saveCsvRequested(ehb::Exportable *exportable);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *m_content;
    Exportable *m_exportable;
    QLabel *m_title;
    QToolButton *m_png;
    QToolButton *m_csv;
};

} // namespace ehb
