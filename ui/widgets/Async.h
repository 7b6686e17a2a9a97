#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

// Runs `work` on the shared thread pool and returns its future; watch it with a QFutureWatcher owned
// by the widget, so a result that arrives after the widget is gone is simply dropped.
template <typename T> QFuture<T> runAsync(std::function<T()> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}
