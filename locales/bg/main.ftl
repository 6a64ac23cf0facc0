## Wegwijs — съобщения на български (превод).

app-name = Wegwijs
app-tagline = Ориентирай се в Нидерландия

## Грешки
error-content-corrupt = Информацията в приложението не може да бъде прочетена. Тя ще бъде възстановена от копието в приложението. Вашите данни са в безопасност.
error-content-invalid = Това съдържание има грешки и не беше използвано.
error-user-data-corrupt = Запазените ви данни не могат да бъдат прочетени. Файлът не е променен. Потърсете помощ, преди да инсталирате приложението отново.
error-user-data-newer = Запазените ви данни са от по-нова версия на Wegwijs. Обновете приложението, за да ги използвате.
error-invalid-date = „{ $value }“ не е валидна дата. Използвайте формата ГГГГ-ММ-ДД, например 2026-11-20.
error-unknown-item = Тази страница не съществува (вече).
error-unknown-language = Този език не е наличен.
error-unknown-municipality = Тази община още я няма в приложението.
error-database = Нещо се обърка при запазване или четене. Опитайте отново.
error-io = Файл не може да бъде прочетен или записан. Проверете дали в телефона има свободно място.
error-speech = Четенето на глас не успя. Опитайте отново или прочетете текста сами.

## Видове и състояние на превода
kind-right = Права и задължения
kind-service = Местна помощ
kind-task = Стъпка от списъка
kind-alert = Важно съобщение
kind-event = Събитие
state-reference = Официален текст
state-machine = Машинен превод - не е проверен от човек. Важат текстовете на нидерландски и английски.
state-translated = Преведено, още не е проверено. Важат текстовете на нидерландски и английски.
state-reviewed = Преведено и проверено
show-reference-text = Покажи текста на английски
show-dutch-text = Покажи текста на нидерландски
sample-content = Примерно съдържание: още не е потвърдено от общината.

## Списък със стъпки
task-todo = За правене
task-done = Готово
task-not-applicable = Не се отнася за мен
due-today = Срок днес
due-in-days = { $days ->
    [one] Срок утре
   *[other] Срок след { $days } дни
}
due-overdue = { $days ->
    [one] 1 ден закъснение
   *[other] { $days } дни закъснение
}
due-on = Срок: { $date }
reminder-notification-title = Имате стъпка за изпълнение
deadline-legal = Този срок е определен от закона.
deadline-advice = Наш съвет, не е законов срок.
needs-arrival-date = Въведете датата на пристигане, за да видите срока.
needs-work-start-date = Въведете първия си работен ден, за да видите срока.
why-it-matters = Защо е важно
mark-done = Отбележи като готово
mark-todo = Отбележи като неготово
mark-not-applicable = Това не се отнася за мен
checklist-all-done = Всички стъпки са готови. Браво!

## Профил
stay-short = По-малко от 4 месеца
stay-long = Повече от 4 месеца
stay-unsure = Още не знам
profile-arrival = Дата на пристигане в Нидерландия
profile-work-start = Първи работен ден
profile-stay = Колко дълго ще останете?
profile-children-in-nl = Деца под 18 години, които живеят в Нидерландия
profile-children-abroad = Деца под 18 години, които живеят в друга държава
profile-agency = Работя чрез агенция за временна заетост
profile-language = Език
profile-municipality = Община, в която живеете

## Права, източници, суми
source = Източник
sources = Официални източници
verified-on = Проверено на { $date }
valid-from = От { $date }
valid-until = До { $date }
amount-secondary = Тази сума може да се промени. Проверете официалната страница.
related-items = Вижте също

## Местни услуги
open-now = Отворено сега
closed-now = Затворено сега
hours-unknown = Работното време не е известно. Проверете, преди да отидете.
holiday-hours-differ = В официалните празници работното време може да е различно.
opens-at = Отваря в { $time }
opens-on = Отваря: { $day }, { $time }
closes-at = Затваря в { $time }
public-holiday = Официален празник
appointment-needed = Първо си запишете час.
languages-spoken = Говорими езици
call = Обади се
send-email = Изпрати имейл
website = Уебсайт
open-in-maps = Отвори в картите
no-local-services = Още няма местна информация за тази община.

## Търсене
search-placeholder = Търсете, например „детски надбавки“
search-no-results = Нищо не е намерено. Опитайте с друга дума.
search-results = { $days ->
    [one] 1 резултат
   *[other] { $days } резултата
}

## Състояние на съдържанието
content-updated-on = Информацията е обновена на { $date }
