## Екрани на Wegwijs — превод на български.

## Навигация
nav-today = Днес
nav-checklist = Стъпки
nav-rights = Права
nav-local = Наблизо
nav-search = Търсене
nav-settings = Опции

## Общи действия
action-next = Напред
action-back = Назад
action-skip = Пропусни
action-save = Запази
action-cancel = Отказ
action-close = Затвори
action-confirm = Да, продължи
action-undo = Отмени
action-retry = Опитай отново
loading = Зареждане…
works-offline = Работи и без интернет.

## Първо стартиране
welcome-title = Добре дошли в Wegwijs
welcome-text = Вашите права, първите ви стъпки и местна помощ в Нидерландия. На вашия език, и без интернет.
choose-language = Изберете език
choose-municipality = Къде живеете?
municipality-search = Напишете името на вашия град
municipality-not-listed = Моят град не е в списъка
dates-title = Вашите дати
dates-help = Използваме тези дати, за да ви покажем сроковете. Можете да ги промените по-късно.
stay-title = Колко дълго ще останете в Нидерландия?
children-title = Имате ли деца под 18 години?
setup-can-change-later = Можете да пропуснете това и да го промените по-късно в Настройки.
setup-finish = Започни

## Днес
today-title = Днес
today-next-steps = Следващите ви стъпки
today-alerts = Важни съобщения
today-no-steps = Няма отворени стъпки. Браво!
today-see-checklist = Вижте целия списък

## Списък със стъпки
checklist-title = Първите ви седмици
checklist-read-more = Прочетете повече за правата си
checklist-local-help = Местна помощ

## Права
rights-title = Вашите права и задължения
topic-registration = Регистрация
topic-id = Документ за самоличност
topic-work = Работа и договор
topic-wages = Заплата
topic-housing = Жилище
topic-health = Здраве и застраховка
topic-family = Семейство и деца
topic-benefits = Помощи и надбавки
topic-money = Пари и банка
topic-education = Училище
topic-language = Учене на нидерландски
topic-help = Помощ и сигнали
topic-leaving = Напускане на Нидерландия
topic-emergency = Спешни случаи
topic-community = Общност
topic-municipality = Община

## Наблизо
local-title = Във вашата община
local-services = Услуги
local-events = Събития
local-alerts = Съобщения
local-take-part = Срещи и участие
local-take-part-intro = Места за срещи, инициативи, клубове и езикови кафенета във вашата община.
local-take-part-how = Как работи в Нидерландия
local-take-part-none = Все още нямаме местна информация за тази община. Статиите по-долу обясняват как да я намерите.
checklist-optional-title = Запознайте се с хора и участвайте
checklist-optional-intro = Допълнителни стъпки без срок. Направете ги, когато сте готови.
step-hide = Скрий
step-hidden = Скрити стъпки
step-show = Покажи отново
today-take-part = Стъпка, за да се запознаете с хора
today-take-part-intro = Спешните Ви стъпки са изпълнени. Когато сте готови, опитайте това.
local-choose-municipality = Изберете общината си в Настройки, за да видите местната помощ.
event-when = Кога

## Настройки
settings-title = Настройки
settings-profile = Вашите данни
settings-wifi-only = Изтегляй обновления само през Wi-Fi
settings-text-size = Размер на текста
text-size-normal = Нормален
text-size-large = Голям
text-size-larger = Много голям
settings-high-contrast = Висок контраст
settings-export = Експортирай моите данни
settings-export-done = Данните ви са запазени като файл.
settings-delete = Изтрий всички мои данни
settings-delete-confirm = Да изтрием ли вашите данни, списъка и настройките от този телефон? Това не може да бъде отменено.
settings-delete-done = Всички ваши данни са изтрити.
settings-about = За Wegwijs
about-version = Версия на приложението
about-content-version = Версия на информацията
about-licences = Лицензи с отворен код
saved = Запазено

## Четене на глас
read-aloud = Прочети на глас
stop-reading = Спри четенето
no-voice = Телефонът ви няма глас за този език.
pause-reading = Пауза
resume-reading = Продължи четенето
voice-instead-en = Телефонът ви може да прочете на глас английската версия.
voice-instead-nl = Телефонът ви може да прочете на глас нидерландската версия.
read-english-aloud = Прочети на глас английската версия
read-dutch-aloud = Прочети на глас нидерландската версия

## Обновления
settings-updates = Обновления на информацията
update-how = Приложението проверява за обновления, когато го отворите. Нищо не се изтегля, без да ви попита.
update-last-check = Последна проверка: { $date }
update-never-checked = Още не е проверено за обновления.
update-check = Провери за обновления
update-download-size = { $value } за изтегляне
update-up-to-date = Имате най-новата информация.
update-could-not-check = Не успяхме да проверим за по-нова информация. Виждате информацията от { $date }.
update-import-file = Импортирай файл с обновление
update-share-file = Сподели файла с обновление
update-content-date = Информация от { $date }
update-now = Обнови сега
update-done = Информацията ви е обновена.
update-share-done = Обновлението е запазено като файл. Можете да го дадете на други хора.
today-update-ready = Има готово обновление: { $value }
today-update-open = Вижте обновлението
