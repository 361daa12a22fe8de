-- wrk script of tests/load/api.sh: POSTs the client-credentials form to the token endpoint. The form comes from
-- TOKEN_FORM in the environment, so the run's secret is on no command line and in no file. Reports as report.lua.
local form = os.getenv("TOKEN_FORM")
if form == nil or form == "" then
  error("TOKEN_FORM is not set")
end
wrk.method = "POST"
wrk.body = form
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
dofile("tests/load/report.lua")
