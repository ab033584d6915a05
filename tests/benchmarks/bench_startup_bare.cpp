// The baseline for bench-startup: the least a Qt Widgets table app does to start, paint its
// main window once and quit (a QMainWindow with a QTableView), built with the same flags.

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 8);
    auto *view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        const QImage image = window.grab().toImage();
        std::printf("bare: painted %dx%d\n", image.width(), image.height());
        QCoreApplication::exit(image.isNull() ? 1 : 0);
    });
    return app.exec();
}
