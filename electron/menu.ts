import type { MenuItemConstructorOptions } from 'electron';

/** The application menu in Russian; roles give the standard shortcuts (Ctrl+C, Ctrl+R is left out). */
export function russianMenuTemplate(actions: {
  openDataFolder: () => void;
  openBackupsFolder: () => void;
  openLogsFolder: () => void;
  about: () => void;
}): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Файл',
      submenu: [
        { label: 'Открыть папку данных', click: actions.openDataFolder },
        { label: 'Открыть папку резервных копий', click: actions.openBackupsFolder },
        { label: 'Открыть папку журналов ошибок', click: actions.openLogsFolder },
        { type: 'separator' },
        { role: 'quit', label: 'Выход' },
      ],
    },
    {
      label: 'Правка',
      submenu: [
        { role: 'undo', label: 'Отменить' },
        { role: 'redo', label: 'Повторить' },
        { type: 'separator' },
        { role: 'cut', label: 'Вырезать' },
        { role: 'copy', label: 'Копировать' },
        { role: 'paste', label: 'Вставить' },
        { role: 'selectAll', label: 'Выделить всё' },
      ],
    },
    {
      label: 'Вид',
      submenu: [
        { role: 'zoomIn', label: 'Увеличить' },
        { role: 'zoomOut', label: 'Уменьшить' },
        { role: 'resetZoom', label: 'Исходный масштаб' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Во весь экран' },
      ],
    },
    {
      label: 'Справка',
      submenu: [{ label: 'О программе «ПрофПроба»', click: actions.about }],
    },
  ];
}
