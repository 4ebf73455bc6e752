#pragma once

#include "net/statsdata.h"
#include "ui/analysis/exportable.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ehb {

class AvailabilityModel;

// The downtime and availability table against the SLA target: a keyboard- and screen-reader-
// friendly table view, with a line saying how many services met the target.
class AvailabilityView final : public QWidget, public Exportable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityView)

public:
    explicit AvailabilityView(QWidget *parent = nullptr);

    void setData(const stats::Episodes &episodes);
    void clear();
    AvailabilityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Tall enough for every service without scrolling.
    QSize sizeHint() const override;

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("availability"); }
    QImage exportImage(QSize size, qreal scale = 2) const override;
    QSize exportSize() const override;
    DataTable exportTable() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AvailabilityModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace ehb
