// Command influxql is InfluxDB's own InfluxQL parser (github.com/influxdata/influxql) as a
// WebAssembly reactor, so that the gateway classifies raw queries with the engine's grammar
// and sends InfluxDB only the canonical text of what it classified.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"unsafe"

	"github.com/influxdata/influxql"
	_ "time/tzdata" // TZ('Europe/Paris') needs the zone database, which WASI does not give.
)

func main() {}

// The parser allocates a lot for little live data: collecting less often halves the time of a call.
func init() { debug.SetGCPercent(800) }

type request struct {
	Q      string                 `json:"q"`
	Params map[string]interface{} `json:"params"`
}

type statement struct {
	Type string `json:"type"`
	Into bool   `json:"into"`
	Text string `json:"text"`
}

type parsed struct {
	Statements []statement `json:"statements"`
	Text       string      `json:"text"`
}

type refused struct {
	Error string `json:"error"`
	// "syntax": the parser refused the text; "canonical": its canonical text does not parse back to the same statements.
	Kind string `json:"kind"`
}

// The request written by the host and the last response, kept referenced so the GC leaves them alone.
var input, output []byte

//go:wasmexport alloc
func alloc(size uint32) unsafe.Pointer {
	input = make([]byte, size)
	return unsafe.Pointer(unsafe.SliceData(input))
}

// classify reads a JSON request {q, params} from the alloc'ed buffer and returns the response's
// address and length packed as (address << 32 | length).
//
//go:wasmexport classify
func classify() (packed uint64) {
	// A panic in the parser is an answer too, and leaves the runtime usable for the next call.
	defer func() {
		if r := recover(); r != nil {
			packed = answer(refused{Error: fmt.Sprint("InfluxQL's parser failed: ", r), Kind: "syntax"})
		}
	}()
	var req request
	decoder := json.NewDecoder(bytes.NewReader(input))
	decoder.UseNumber() // as InfluxDB's HTTP handler reads params: 1 is an integer, 1.0 a float
	if err := decoder.Decode(&req); err != nil {
		return answer(refused{Error: "bad request: " + err.Error(), Kind: "syntax"})
	}
	return answer(parse(req))
}

func answer(res any) uint64 {
	output, _ = json.Marshal(res)
	return uint64(uintptr(unsafe.Pointer(unsafe.SliceData(output))))<<32 | uint64(len(output))
}

func parse(req request) any {
	query, err := parseWith(req)
	if err != nil {
		return refused{Error: err.Error(), Kind: "syntax"}
	}
	exact(reflect.ValueOf(query))
	statements := make([]statement, len(query.Statements))
	texts := make([]string, len(query.Statements))
	for i, s := range query.Statements {
		texts[i] = canonical(s)
		statements[i] = statement{Type: reflect.TypeOf(s).Elem().Name(), Into: hasTarget(s), Text: texts[i]}
	}
	text := strings.Join(texts, "; ")
	// The fixpoint: the canonical text parses to the very statements that were classified
	// (both sides with the same exact-printing wrappers, so numbers compare by value).
	again, err := influxql.ParseQuery(text)
	if err == nil {
		exact(reflect.ValueOf(again))
	}
	if err != nil || !reflect.DeepEqual(again.Statements, query.Statements) {
		return refused{Error: "InfluxQL's canonical text of this query does not parse back to the same statements", Kind: "canonical"}
	}
	return parsed{Statements: statements, Text: text}
}

func parseWith(req request) (*influxql.Query, error) {
	p := influxql.NewParser(strings.NewReader(req.Q))
	p.SetParams(req.Params)
	return p.ParseQuery()
}

// hasTarget: a SELECT ... INTO anywhere in the statement (a subquery, an EXPLAIN, a continuous query).
func hasTarget(s influxql.Statement) bool {
	into := false
	influxql.WalkFunc(s, func(n influxql.Node) {
		if sel, ok := n.(*influxql.SelectStatement); ok && sel.Target != nil {
			into = true
		}
	})
	return into
}

// canonical is the statement's String(), except where String() redacts the password.
func canonical(s influxql.Statement) string {
	switch s := s.(type) {
	case *influxql.CreateUserStatement:
		text := "CREATE USER " + influxql.QuoteIdent(s.Name) + " WITH PASSWORD " + influxql.QuoteString(s.Password)
		if s.Admin {
			text += " WITH ALL PRIVILEGES"
		}
		return text
	case *influxql.SetPasswordUserStatement:
		return "SET PASSWORD FOR " + influxql.QuoteIdent(s.Name) + " = " + influxql.QuoteString(s.Password)
	}
	return s.String()
}

// exactNumber prints a number literal with all its digits: NumberLiteral.String() keeps three decimals.
type exactNumber struct{ *influxql.NumberLiteral }

func (n exactNumber) String() string { return exactFloat(n.Val).String() }

// exactFloat is a fill() value: fmt's %v would write 1e+06, which InfluxQL reads as 1 and an identifier.
type exactFloat float64

func (f exactFloat) String() string {
	text := strconv.FormatFloat(float64(f), 'f', -1, 64)
	if !strings.Contains(text, ".") {
		text += ".0" // still a float: without the point, 1e308's digits would read as an integer
	}
	return text
}

var influxqlPkg = reflect.TypeOf(influxql.Query{}).PkgPath()

// exact replaces, in place, every number literal and float fill value with one that prints exactly.
func exact(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() && v.Elem().Kind() == reflect.Struct && v.Elem().Type().PkgPath() == influxqlPkg {
			exact(v.Elem())
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		switch e := v.Elem().Interface().(type) {
		case *influxql.NumberLiteral:
			if v.CanSet() {
				v.Set(reflect.ValueOf(exactNumber{e}))
			}
		case float64:
			if v.CanSet() {
				v.Set(reflect.ValueOf(exactFloat(e)))
			}
		default:
			exact(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				exact(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			exact(v.Index(i))
		}
	}
}
