// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace enumera::app {

namespace {

QIcon stateIcon(PageStats::State state)
{
    static QIcon icons[4];
    const int i = int(state);
    if (!icons[i].isNull())
        return icons[i];
    QPixmap pixmap(28, 28);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(2.5, 2.5, 9, 9);
    switch (state) {
    case PageStats::State::NotStarted:
        p.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 1.5));
        p.drawEllipse(r);
        break;
    case PageStats::State::InProgress:
        p.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.5));
        p.drawEllipse(r);
        p.setBrush(QColor(0x25, 0x63, 0xeb));
        p.drawPie(r, 90 * 16, 180 * 16);
        break;
    case PageStats::State::Complete:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x15, 0x80, 0x3d));
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, 1.6));
        p.drawPolyline(QPolygonF({{4.8, 7.2}, {6.6, 9.0}, {9.6, 5.2}}));
        break;
    case PageStats::State::HasErrors:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc0, 0x26, 0x26));
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, 1.6));
        p.drawLine(QPointF(7, 4.6), QPointF(7, 7.6));
        p.drawPoint(QPointF(7, 9.4));
        break;
    }
    p.end();
    icons[i] = QIcon(pixmap);
    return icons[i];
}

QString stateName(PageStats::State state)
{
    switch (state) {
    case PageStats::State::NotStarted:
        return SectionPanel::tr("not started");
    case PageStats::State::InProgress:
        return SectionPanel::tr("in progress");
    case PageStats::State::Complete:
        return SectionPanel::tr("complete");
    case PageStats::State::HasErrors:
        return SectionPanel::tr("has errors");
    }
    return {};
}

} // namespace

SectionPanel::SectionPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sectionPanel"));
    setColumnCount(2);
    header()->hide();
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setIndentation(14);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setIconSize(QSize(14, 14));
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The style sheet's row height, before the first rows are measured (they are built before
    // the panel is first shown when the app reopens an interview).
    ensurePolished();
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit pageChosen(item->data(0, Qt::UserRole).toInt());
    });
}

void SectionPanel::rebuild(const PageModel &pages)
{
    clear();
    m_comments.clear(); // counted again for the new pages (setComments)
    m_items.assign(size_t(pages.count()), nullptr);
    for (int i = 0; i < pages.count(); ++i) {
        const Page &p = pages.page(i);
        QTreeWidgetItem *item = p.parent < 0 ? new QTreeWidgetItem(this)
                                             : new QTreeWidgetItem(m_items[size_t(p.parent)]);
        item->setData(0, Qt::UserRole, i);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_items[size_t(i)] = item;
        show(pages, i);
    }
    expandAll();
}

void SectionPanel::show(const PageModel &pages, int page)
{
    QTreeWidgetItem *item = m_items[size_t(page)];
    const Page &p = pages.page(page);
    const PageStats &s = p.total;
    const QString title = QString::fromStdString(pages.title(page));
    const int comments = size_t(page) < m_comments.size() ? m_comments[size_t(page)] : 0;
    item->setText(0, comments > 0 ? QStringLiteral("✎ ") + title : title);
    item->setText(1,
                  s.asked > 0 ? QStringLiteral("%1/%2").arg(s.answered).arg(s.asked) : QString());
    item->setIcon(0, stateIcon(s.state()));
    QString tip = title + QStringLiteral(" — ") + stateName(s.state());
    if (s.errors)
        tip += QLatin1Char('\n') + tr("%n error(s)", nullptr, s.errors);
    if (s.warnings)
        tip += QLatin1Char('\n') + tr("%n warning(s) to confirm", nullptr, s.warnings);
    if (comments > 0)
        tip += QLatin1Char('\n') + tr("%n comment(s) of the supervisor", nullptr, comments);
    item->setToolTip(0, tip);
    item->setData(0, Qt::AccessibleDescriptionRole, stateName(s.state()));
    QFont f = item->font(0);
    f.setBold(p.kind == Page::Kind::Row || p.parent < 0);
    item->setFont(0, f);
    item->setHidden(!pages.isRelevant(page));
}

void SectionPanel::update(const PageModel &pages, const std::vector<int> &touched)
{
    for (int page : touched)
        if (page >= 0 && size_t(page) < m_items.size())
            show(pages, page);
}

void SectionPanel::setComments(const PageModel &pages, std::vector<int> countsByPage)
{
    std::vector<int> touched;
    for (size_t i = 0; i < std::max(countsByPage.size(), m_comments.size()); ++i) {
        const int was = i < m_comments.size() ? m_comments[i] : 0;
        const int now = i < countsByPage.size() ? countsByPage[i] : 0;
        if (was != now)
            touched.push_back(int(i));
    }
    m_comments = std::move(countsByPage);
    update(pages, touched);
}

void SectionPanel::setCurrentPage(int page)
{
    if (page >= 0 && size_t(page) < m_items.size()) {
        const QSignalBlocker block(this);
        setCurrentItem(m_items[size_t(page)]);
        scrollToItem(m_items[size_t(page)]);
    }
}

void SectionPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit leave();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (QTreeWidgetItem *item = currentItem())
            emit pageChosen(item->data(0, Qt::UserRole).toInt());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace enumera::app
